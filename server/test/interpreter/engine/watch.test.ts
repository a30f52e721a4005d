// Execution.runUntil (server/src/interpreter/watch.ts): the debugger's event-free fast path stops
// exactly where step() by step() would have, delivers the same events, and honours `until` and pauses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Execution, type RunControl } from '../../../src/interpreter/execution';
import type { Json } from '../../../src/interpreter/value';
import { flattenSnapshot, type FrameSnapshot } from '../../../src/interpreter/snapshot';

const control: RunControl = { stopwatch: () => performance.now(), yieldToHost: () => Promise.resolve() };

const definition: Json = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'Fan' },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
        { StartAt: 'B2', States: { B2: { Type: 'Pass', Next: 'B3' }, B3: { Type: 'Fail', Error: 'Boom' } } },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Z' }],
      Next: 'Z',
    },
    Z: { Type: 'Succeed' },
  },
};

function stepped(): { type: string; name?: string; frame: string }[] {
  const ex = new Execution(definition, { x: 1 }, { seed: 1 });
  const out = [];
  for (let e = ex.step(); e !== undefined; e = ex.step()) {
    const event = e as Exclude<typeof e, Promise<unknown>>;
    if (event === undefined) break;
    out.push({ type: event.type, name: event.details.name, frame: event.frame });
  }
  return out;
}

test('runUntil stops after the first watched StateEntered, as stepping would', async () => {
  const all = stepped();
  const ex = new Execution(definition, { x: 1 }, { seed: 1 });
  const stop = await ex.runUntil({ states: new Set(['B3']) }, control);
  const expected = all.findIndex((e) => e.type === 'FailStateEntered' && e.name === 'B3');
  assert.deepEqual(stop, { kind: 'event', index: expected });
  assert.equal(ex.deliveredEvents, expected + 1);
  assert.equal(ex.log.frameAt(expected), 'Fan/Branches[1]');
  const frame = flattenSnapshot(ex.snapshot() as FrameSnapshot).find((f) => f.label === 'Fan/Branches[1]');
  assert.equal(frame?.state, 'B3');
  const next = ex.step();
  assert.equal((next as { type: string }).type, all[expected + 1].type, 'step() goes on from the same event');
});

test('runUntil watches event types and frames; idle at the end with every event delivered', async () => {
  const all = stepped();
  const ex = new Execution(definition, { x: 1 }, { seed: 1 });
  const failed = await ex.runUntil({ types: new Set(['ParallelStateFailed']) }, control);
  assert.equal(failed.kind === 'event' && all[failed.index].type, 'ParallelStateFailed');
  const inRoot = await ex.runUntil({ frames: (label) => label === 'root' }, control);
  assert.equal(inRoot.kind === 'event' && all[inRoot.index].name, 'Z');
  assert.deepEqual(await ex.runUntil({}, control), { kind: 'idle' });
  assert.equal(ex.deliveredEvents, all.length);
  assert.equal(ex.status, 'SUCCEEDED');
});

test('runUntil with `until` delivers exactly that many events; a pause stops at a yield', async () => {
  const ex = new Execution(definition, {}, { seed: 1 });
  assert.deepEqual(await ex.runUntil({ until: 3 }, control), { kind: 'event', index: 2 });
  assert.equal(ex.deliveredEvents, 3);
  const loop: Json = {
    StartAt: 'L',
    States: { L: { Type: 'Pass', Next: 'L' } },
  };
  const endless = new Execution(loop, {}, { seed: 1, maxTransitions: 10_000_000, maxHistoryEvents: 10_000_000 });
  let yields = 0;
  const counting: RunControl = { ...control, yieldEveryMs: 0, yieldToHost: () => (yields++, Promise.resolve()) };
  const paused = await endless.runUntil({}, counting, () => yields >= 2);
  assert.deepEqual(paused, { kind: 'paused' });
  assert.equal(endless.status, 'RUNNING');
  assert.ok(endless.deliveredEvents > 0 && endless.deliveredEvents === endless.log.length);
});
