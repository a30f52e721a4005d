// The inputs and mock test cases beside a definition (asl/launchCandidates): naming convention,
// order, the machine name rule shared with `asl run`, and clear problems for broken mock files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchCandidates } from '../../src/launch/launchCandidates';
import { defaultStateMachineName, mockTestCases } from '../../src/interpreter/mocks';

function folder(files: Record<string, string>) {
  return {
    names: Object.keys(files),
    read(name: string) {
      if (!(name in files)) throw new Error(`ENOENT: ${name}`);
      return files[name];
    },
  };
}

const MOCKS = JSON.stringify({
  StateMachines: { flow: { TestCases: { HappyPath: {}, Broken: {}, NotACase: 3 } }, other: { TestCases: { X: {} } } },
});

test('lists the plain input first, then labelled inputs by label, and the test cases in file order', () => {
  const c = launchCandidates('/ws/flow.asl.json', {
    ...folder({
      'flow.asl.json': '{}',
      'flow.zeta.input.json': '{}',
      'flow.input.json': '{}',
      'flow.alpha.input.json': '{}',
      'flow.a.b.input.json': '{}',
      'flow2.input.json': '{}',
      'flow.mocks.json': MOCKS,
    }),
  });
  assert.equal(c.stateMachineName, 'flow');
  assert.deepEqual(c.inputs, ['/ws/flow.input.json', '/ws/flow.alpha.input.json', '/ws/flow.zeta.input.json']);
  assert.deepEqual(c.mocks, { path: '/ws/flow.mocks.json', testCases: ['HappyPath', 'Broken'] });
});

test('YAML definitions use the same machine name rule as asl run', () => {
  const c = launchCandidates('/ws/flow.asl.yaml', folder({ 'flow.input.json': '{}', 'flow.mocks.json': MOCKS }));
  assert.equal(c.stateMachineName, 'flow');
  assert.deepEqual(c.mocks?.testCases, ['HappyPath', 'Broken']);
  assert.equal(defaultStateMachineName('C:\\ws\\flow.asl.yml'), 'flow');
});

test('nothing beside the file gives no inputs and no mocks', () => {
  assert.deepEqual(launchCandidates('/ws/flow.asl.json', folder({ 'flow.asl.json': '{}' })), {
    stateMachineName: 'flow',
    inputs: [],
  });
});

test('a mock file that is not JSON, or has no entry for the machine, is reported, not thrown', () => {
  const broken = launchCandidates('/ws/flow.asl.json', folder({ 'flow.mocks.json': '{ nope' }));
  assert.equal(broken.mocks?.testCases.length, 0);
  assert.match(broken.mocks?.problem ?? '', /^cannot read flow\.mocks\.json: /);
  const wrong = launchCandidates('/ws/third.asl.json', folder({ 'third.mocks.json': MOCKS }));
  assert.match(wrong.mocks?.problem ?? '', /no state machine 'third' \(known: flow, other\)/);
});

test('mockTestCases explains a file with no StateMachines object', () => {
  assert.equal(mockTestCases([], 'flow'), 'the mock file has no "StateMachines" object');
});

test('the examples folder: order-processing has its input and three test cases', () => {
  const dir = join(__dirname, '../../../../examples');
  const c = launchCandidates(join(dir, 'order-processing.asl.json'), {
    names: readdirSync(dir),
    read: (n) => readFileSync(join(dir, n), 'utf8'),
  });
  assert.deepEqual(c.inputs, [join(dir, 'order-processing.input.json')]);
  assert.deepEqual(c.mocks?.testCases, ['HappyPath', 'PaymentDeclined', 'ValidationServiceDown']);
});
