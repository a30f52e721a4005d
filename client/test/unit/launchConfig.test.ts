// Launch configurations as data: what F5 offers beside a definition, what the resolver refuses
// (with the message the user sees), the `asl run` command line of Run State Machine, and the JSON
// payload check of Send Task Success.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cliRunArgs,
  configurationsFor,
  launchProblem,
  parseJsonPayload,
  resolveAgainst,
  workingFolder,
} from '../../src/debug/launchConfig';

const CANDIDATES = {
  stateMachineName: 'order-processing',
  inputs: ['/ws/order-processing.input.json', '/ws/order-processing.big.input.json'],
  mocks: { path: '/ws/order-processing.mocks.json', testCases: ['HappyPath', 'PaymentDeclined'] },
};

test('one configuration per mock test case, with the plain input beside the file', () => {
  const configs = configurationsFor('/ws/order-processing.asl.json', CANDIDATES);
  assert.deepEqual(configs, [
    {
      type: 'asl',
      request: 'launch',
      name: 'Debug order-processing: HappyPath',
      definition: '/ws/order-processing.asl.json',
      input: '/ws/order-processing.input.json',
      mocks: '/ws/order-processing.mocks.json',
      testCase: 'HappyPath',
    },
    {
      type: 'asl',
      request: 'launch',
      name: 'Debug order-processing: PaymentDeclined',
      definition: '/ws/order-processing.asl.json',
      input: '/ws/order-processing.input.json',
      mocks: '/ws/order-processing.mocks.json',
      testCase: 'PaymentDeclined',
    },
  ]);
});

test('without mocks or inputs there is one plain configuration', () => {
  const configs = configurationsFor('/ws/flow.asl.yaml', { stateMachineName: 'flow', inputs: [] });
  assert.deepEqual(configs, [{ type: 'asl', request: 'launch', name: 'Debug flow', definition: '/ws/flow.asl.yaml' }]);
  const broken = configurationsFor('/ws/flow.asl.json', {
    stateMachineName: 'flow',
    inputs: [],
    mocks: { path: '/ws/flow.mocks.json', testCases: [], problem: 'bad' },
  });
  assert.equal(broken.length, 1);
  assert.equal(broken[0].mocks, undefined);
});

test('no definition, or a file that is not ASL, is refused with a message', () => {
  assert.match(launchProblem({}, true) ?? '', /there is no state machine to run/);
  assert.match(launchProblem({ definition: '' }, true) ?? '', /there is no state machine to run/);
  assert.match(launchProblem({ definition: '/ws/readme.md' }, true) ?? '', /"\/ws\/readme\.md" is not a state machine/);
  assert.equal(launchProblem({ definition: '/ws/a.asl.yml' }, true), undefined);
});

test('badly typed attributes and half a mock selection are refused', () => {
  const def = { definition: '/ws/a.asl.json' };
  assert.match(launchProblem({ ...def, input: 3 }, true) ?? '', /"input" must be a string/);
  assert.match(launchProblem({ ...def, template: true }, true) ?? '', /"template" must be a string/);
  assert.match(launchProblem({ ...def, stopOnEntry: 'yes' }, true) ?? '', /"stopOnEntry" must be true or false/);
  assert.match(launchProblem({ ...def, maxTransitions: 0 }, true) ?? '', /"maxTransitions" must be a positive integer/);
  assert.match(launchProblem({ ...def, seed: 1.5 }, true) ?? '', /"seed" must be an integer/);
  assert.equal(launchProblem({ ...def, seed: -3, maxTransitions: 5 }, true), undefined);
  assert.match(launchProblem({ ...def, mocks: 'm.json' }, true) ?? '', /"mocks" needs "testCase"/);
  assert.match(launchProblem({ ...def, testCase: 'X' }, true) ?? '', /"testCase" needs "mocks"/);
});

test('handlers are refused only in an untrusted workspace', () => {
  const config = { definition: '/ws/a.asl.json', handlers: 'h.js' };
  assert.match(launchProblem(config, false) ?? '', /"handlers" runs code from this workspace, which is not trusted/);
  assert.equal(launchProblem(config, true), undefined);
  assert.equal(launchProblem({ definition: '/ws/a.asl.json' }, false), undefined);
});

test('the asl run command line carries every attribute, inline input winning over the file', () => {
  const args = cliRunArgs(
    {
      definition: '/ws/a.asl.json',
      input: 'in.json',
      inputJson: { n: 1 },
      mocks: 'm.json',
      testCase: 'Happy Path',
      stateMachineName: 'a',
      handlers: 'h.js',
      itemsDir: 'items',
      resultDir: 'out',
      realTime: true,
      maxTransitions: 50,
      seed: 7,
      template: '../template.yaml',
      stopOnEntry: true,
    },
    '/tmp/overlay.json',
  );
  assert.deepEqual(args, [
    'run',
    '/ws/a.asl.json',
    '--input-json',
    '{"n":1}',
    '--mocks',
    'm.json',
    '--test-case',
    'Happy Path',
    '--state-machine-name',
    'a',
    '--handlers',
    'h.js',
    '--items-dir',
    'items',
    '--result-dir',
    'out',
    '--max-transitions',
    '50',
    '--seed',
    '7',
    '--template',
    '../template.yaml',
    '--real-time',
    '--overlay-json',
    '/tmp/overlay.json',
  ]);
  assert.deepEqual(cliRunArgs({ definition: 'a.asl.json', input: 'in.json' }, 'o.json'), [
    'run',
    'a.asl.json',
    '--input',
    'in.json',
    '--overlay-json',
    'o.json',
  ]);
});

test('relative paths resolve against cwd, else the definition folder', () => {
  assert.equal(workingFolder({ definition: '/ws/sub/a.asl.json' }), '/ws/sub');
  assert.equal(workingFolder({ definition: '/a.asl.json' }), '/');
  assert.equal(workingFolder({ definition: '/ws/a.asl.json', cwd: '/elsewhere' }), '/elsewhere');
  assert.equal(resolveAgainst('/ws', 'sub/a.asl.json'), '/ws/sub/a.asl.json');
  assert.equal(resolveAgainst('/ws/', '/abs/a.asl.json'), '/abs/a.asl.json');
  assert.equal(resolveAgainst('C:\\ws', 'a.asl.json'), 'C:\\ws\\a.asl.json');
});

test('a JSON payload parses, or says what is wrong', () => {
  assert.deepEqual(parseJsonPayload(' {"approved": true} '), { value: { approved: true } });
  assert.deepEqual(parseJsonPayload('null'), { value: null });
  assert.match((parseJsonPayload('{approved}') as { error: string }).error, /^Not valid JSON: /);
  assert.match((parseJsonPayload('  ') as { error: string }).error, /Enter a JSON value/);
});
