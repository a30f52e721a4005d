// The execution overlay (server/src/launch/overlay.ts) computed from real executions of the
// examples: path, outcomes (succeeded / failed / caught), retries, Map iteration counts, the
// states frames are in while stopped; and `asl run --overlay-json` writing it (source 'run').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isLaunchFailure, LAUNCH_CONFIG_NAMES, prepareLaunch, type LaunchRequest } from '../../src/launch';
import { nodeLaunchIo } from '../../src/launch/nodeIo';
import { cutJson, OverlayRecorder, overlayOf } from '../../src/launch/overlay';
import { runCommand } from '../../src/cli/run';
import type { ExecutionOverlay, StateRunInfo } from '../../src/debugProtocol';
import type { HistoryEvent } from '../../src/interpreter/history';
import { Execution } from '../../src/interpreter/execution';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');

function example(name: string, testCase?: string, extra: Partial<LaunchRequest> = {}) {
  const request: LaunchRequest = {
    definition: `${name}.asl.json`,
    input: `${name}.input.json`,
    ...(testCase === undefined ? {} : { mocks: `${name}.mocks.json`, testCase }),
    ...extra,
  };
  const mode = { advanceWhenIdle: true, historyPayloads: true, waitForCallbacks: false, names: LAUNCH_CONFIG_NAMES };
  const prepared = prepareLaunch(request, nodeLaunchIo(EXAMPLES), mode);
  if (isLaunchFailure(prepared)) throw new Error(prepared.message);
  return prepared;
}

async function overlayOfRun(name: string, testCase?: string): Promise<ExecutionOverlay> {
  const prepared = example(name, testCase);
  const execution = prepared.start();
  await execution.run();
  return overlayOf(execution.history, prepared.definitionPath, 'run');
}

function state(overlay: ExecutionOverlay, name: string): StateRunInfo {
  const found = overlay.states.find((s) => s.name === name);
  assert.ok(found, `no facts for ${name}`);
  return found;
}

test('order-processing happy path: the path, one retry of ChargePayment, outputs', async () => {
  const o = await overlayOfRun('order-processing', 'HappyPath');
  assert.equal(o.status, 'SUCCEEDED');
  assert.equal(o.source, 'run');
  assert.deepEqual(o.path, ['ValidateOrder', 'IsOrderValid', 'ChargePayment', 'ShipOrder', 'OrderCompleted']);
  assert.deepEqual(o.current, []);
  const charge = state(o, 'ChargePayment');
  assert.deepEqual([charge.status, charge.entered, charge.retries], ['succeeded', 1, 1]);
  assert.equal(state(o, 'ValidateOrder').retries, 0);
  assert.ok(o.states.every((s) => s.status === 'succeeded'));
  assert.equal(typeof JSON.parse(state(o, 'ShipOrder').output ?? ''), 'object');
  assert.ok(!o.states.some((s) => s.name === 'RejectOrder'));
});

test('order-processing with the validator down: retried, caught, then the failure path', async () => {
  const o = await overlayOfRun('order-processing', 'ValidationServiceDown');
  assert.equal(o.status, 'FAILED');
  const validate = state(o, 'ValidateOrder');
  assert.equal(validate.status, 'caught');
  assert.ok(validate.retries >= 1, String(validate.retries));
  assert.ok(validate.error !== undefined);
  assert.equal(state(o, 'OrderFailed').status, 'failed');
  assert.deepEqual(o.path.slice(0, 1), ['ValidateOrder']);
});

test('parallel-fanout with the table missing: the branch task failed, the Parallel is caught', async () => {
  const o = await overlayOfRun('parallel-fanout', 'DatabaseDown');
  assert.equal(state(o, 'StoreProfile').status, 'failed');
  assert.equal(state(o, 'FanOut').status, 'caught');
  assert.equal(state(o, 'OnboardingFailed').status, 'failed');
  assert.deepEqual(o.path, ['FanOut', 'OnboardingFailed']);
  assert.deepEqual(o.current, []);
});

test('inline-map: iteration counts and entries per item', async () => {
  const o = await overlayOfRun('inline-map');
  const map = o.states.find((s) => s.mapIterations !== undefined);
  assert.ok(map);
  assert.deepEqual(map.mapIterations, { total: 3, succeeded: 3, failed: 0, active: 0 });
  const inner = o.states.filter((s) => s.entered === 3);
  assert.ok(inner.length >= 1);
});

test('while stopped mid-way: current states and active statuses; incremental == whole', async () => {
  const execution = example('parallel-fanout', 'HappyPath').start();
  const recorder = new OverlayRecorder('/x.asl.json', 'debug');
  const seen: HistoryEvent[] = [];
  for (let i = 0; i < 5; i++) {
    const e = await execution.step();
    assert.ok(e);
    seen.push(e);
    recorder.record(e);
  }
  const o = recorder.overlay();
  assert.equal(o.status, 'RUNNING');
  assert.deepEqual([...o.current].sort(), ['FanOut', 'SendWelcomeEmail']);
  assert.equal(state(o, 'FanOut').status, 'active');
  assert.deepEqual(o, overlayOf(seen, '/x.asl.json', 'debug'));
});

test('asl run --overlay-json writes the final overlay through the io', async () => {
  const written = new Map<string, string>();
  let err = '';
  const io = {
    ...nodeLaunchIo(EXAMPLES),
    writeFile: (p: string, text: string) => void written.set(p, text),
    stdout: () => undefined,
    stderr: (t: string) => void (err += t),
    isTty: false,
  };
  const args = ['order-processing.asl.json', '--input', 'order-processing.input.json', '--json'];
  const code = await runCommand(
    [...args, '--mocks', 'order-processing.mocks.json', '--test-case', 'HappyPath', '--overlay-json', 'o.json'],
    io,
  );
  assert.equal(code, 0, err);
  const overlay = JSON.parse(written.get(join(EXAMPLES, 'o.json')) ?? 'null') as ExecutionOverlay;
  assert.equal(overlay.definitionPath, join(EXAMPLES, 'order-processing.asl.json'));
  assert.equal(overlay.source, 'run');
  assert.equal(overlay.status, 'SUCCEEDED');
  assert.equal(overlay.path.length, 5);
});

test('a distributed Map counts its child executions (AWS records no MapIteration events for them)', async () => {
  const definition = {
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemsPath: '$.items',
        ToleratedFailurePercentage: 100,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'Check',
          States: {
            Check: {
              Type: 'Choice',
              Choices: [{ Variable: '$.bad', BooleanEquals: true, Next: 'Broken' }],
              Default: 'Fine',
            },
            Broken: { Type: 'Fail', Error: 'Bad', Cause: 'bad item' },
            Fine: { Type: 'Pass', End: true },
          },
        },
        End: true,
      },
    },
  };
  const items = [{ bad: false }, { bad: true }, { bad: false }, { bad: true }, { bad: false }];
  const execution = new Execution(definition, { items }, { seed: 1 });
  assert.equal((await execution.run()).status, 'SUCCEEDED');
  const o = overlayOf(execution.history, '/d.asl.json', 'run');
  assert.deepEqual(state(o, 'Each').mapIterations, { total: 5, succeeded: 3, failed: 2, active: 0 });
  assert.deepEqual(o.current, []);
  const live = new OverlayRecorder('/d.asl.json', 'debug');
  const events = execution.history;
  const secondChild = events.findIndex((e) => e.frame === 'Each[1]');
  live.recordAll(events.slice(0, secondChild + 1));
  assert.deepEqual(live.mapIterations('Each'), { total: 5, succeeded: 1, failed: 0, active: 1 });
});

test('cutJson: the first `limit` characters of the JSON text, also when big values are shared and cut again', () => {
  const records = Array.from({ length: 300 }, (_, i) => ({
    id: i,
    name: `r${i}`,
    tags: ['a', 'é', null],
    ok: i % 2 === 0,
  }));
  const nested = { head: { records, more: records }, tail: [records, 'x'] };
  const values = [records, { records, last: 1 }, { last: 2, records }, nested, [nested, nested], 'plain', 3, null];
  // Decreasing, then growing limits: a shorter cut kept for a value must not serve a longer one.
  for (const limit of [50_000, 10_000, 999, 37, 2, 0, 500, 12_000, 40_000]) {
    for (const value of values) {
      const whole = JSON.stringify(value);
      const expected = whole.length <= limit ? whole : whole.slice(0, limit) + '…';
      assert.equal(cutJson(value, limit), expected, `limit ${limit}`);
    }
  }
});
