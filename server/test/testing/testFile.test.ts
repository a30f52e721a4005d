// The `asl test` file format: good files (YAML and JSON) give the typed model with spans for every
// case and expectation; bad files give located problems (never a throw); the JSON schema and the
// parser know the same keys; a case becomes the LaunchRequest of the one launch path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_KEYS, isTestFileName, parseTestFile, TOP_LEVEL_KEYS } from '../../src/testing/testFile';
import { EXPECTATION_KEYS, STATE_CHECK_KEYS } from '../../src/testing/expectations';
import { launchRequestFor } from '../../src/testing/launchRequest';
import { referencedStates } from '../../src/testing/references';
import type { TestFile } from '../../src/testing/model';
import { isLaunchFailure, prepareLaunch, TEST_FILE_NAMES } from '../../src/launch';

const YAML = `definition: order-processing.asl.json
mocks: order-processing.mocks.json
cases:
  HappyPath:
    input: { orderId: ord-1001 }
    mockTestCase: HappyPath
    mocks:
      ShipOrder: { "0": { Return: { sent: true } } }
    expect:
      status: SUCCEEDED
      output: ord-1001
      outputContains: ord
      assertions:
        - { path: "$.total", equals: 37 }
        - { jsonata: "total > 30" }
      cause: { contains: "gateway" }
      error: { matches: "^Order" }
      path: [ValidateOrder, ChargePayment]
      visits: [ShipOrder]
      notVisits: [NotifyFailure]
      states:
        ChargePayment: { inputContains: { orderId: ord-1001 }, retries: 1, visit: 0 }
  Declined:
    inputFile: declined.input.json
    skip: true
    expect: { status: FAILED, error: OrderRejected }
`;

/** The text a span covers. */
function at(file: TestFile, span: { start: number; end: number }): string {
  return file.text.slice(span.start, span.end);
}

test('a YAML test file: definition, cases, every expectation kind, with spans', () => {
  const file = parseTestFile(YAML, 'order-processing.asl.test.yaml');
  assert.deepEqual(file.problems, []);
  assert.equal(file.definition?.value, 'order-processing.asl.json');
  assert.deepEqual(
    file.cases.map((c) => c.name),
    ['HappyPath', 'Declined'],
  );
  const [happy, declined] = file.cases;
  assert.equal(at(file, happy.nameSpan), 'HappyPath');
  assert.deepEqual(happy.input?.value, { orderId: 'ord-1001' });
  assert.equal(happy.mockTestCase?.value, 'HappyPath');
  assert.deepEqual(happy.mocks[0].response, { '0': { Return: { sent: true } } });
  assert.deepEqual(
    happy.expectations.map((e) => e.kind),
    ['status', 'output', 'outputContains', 'assertions', 'cause', 'error', 'path', 'visits', 'notVisits', 'states'],
  );
  for (const e of happy.expectations) assert.ok(at(file, e.span).startsWith(e.kind), e.kind);
  const assertions = happy.expectations.find((e) => e.kind === 'assertions');
  assert.ok(assertions?.kind === 'assertions');
  assert.equal(at(file, assertions.assertions[1].span), '{ jsonata: "total > 30" }');
  assert.deepEqual(assertions.assertions[0].check, { kind: 'equals', value: 37 });
  const states = happy.expectations.find((e) => e.kind === 'states');
  assert.ok(states?.kind === 'states');
  assert.deepEqual(
    states.states[0].checks.map((c) => [c.kind, c.expected]),
    [
      ['inputContains', { orderId: 'ord-1001' }],
      ['retries', 1],
    ],
  );
  assert.equal(declined.skip, true);
  assert.equal(declined.inputFile?.value, 'declined.input.json');
});

test('the same file in JSON gives the same model', () => {
  const json = JSON.stringify({
    definition: 'm.asl.json',
    cases: { A: { input: { a: 1 }, expect: { status: 'SUCCEEDED', output: { a: 1 }, path: ['P'] } } },
  });
  const file = parseTestFile(json, 'm.asl.test.json');
  assert.deepEqual(file.problems, []);
  assert.equal(file.format, 'json');
  assert.deepEqual(file.cases[0].input?.value, { a: 1 });
  assert.equal(at(file, file.cases[0].nameSpan), '"A"');
});

/** Problems as "line:col message" (1-based), for readable assertions. */
function problems(text: string, name = 't.asl.test.yaml'): string[] {
  const file = parseTestFile(text, name);
  return file.problems.map((p) => {
    const before = text.slice(0, p.span.start).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1} ${p.message}`;
  });
}

test('bad files: every problem located where it is written', () => {
  const text = `definiton: m.asl.json
cases:
  A:
    input: {}
    inputFile: x.json
    mocks:
      S: { "2-1": { Return: 1 }, "0": { Return: 1, Throw: { Error: E } } }
    expect:
      status: DONE
      outputContain: {}
      error: { like: x }
      visits: Ship
      assertions:
        - { path: "total", equals: 1 }
        - { jsonata: "(", equals: 1 }
        - { path: "$.a" }
      states:
        S: { retries: -1, outptu: 1 }
  B: 7
`;
  assert.deepEqual(problems(text), [
    "1:1 unknown key 'definiton' in a test file: did you mean 'definition'?",
    "1:1 a test file needs 'definition': the state machine's file, relative to the test file",
    "5:16 give either 'input' or 'inputFile', not both",
    '7:12 \'2-1\' is not an invocation number ("0") or range ("1-3")',
    "7:34 response '0' needs exactly one of Return or Throw",
    "9:15 'status' must be one of SUCCEEDED, FAILED, TIMED_OUT, ABORTED (got 'DONE')",
    "10:7 unknown key 'outputContain' in a case's 'expect': did you mean 'outputContains'?",
    '11:16 \'error\' must be a string, { contains: "..." } or { matches: "regex" }',
    "12:15 'visits' must be a list of state names",
    "14:19 'total' is not a JSONPath: A path must start with '$'",
    ...problems(text).filter((p) => p.startsWith('15:')),
    "16:11 a 'path' assertion needs one of equals, contains, exists or matches",
    "18:23 'retries' must be a whole number (0 or more)",
    "18:27 unknown key 'outptu' in the checks of state 'S': did you mean 'output'?",
    "19:6 case 'B' must be an object",
  ]);
  assert.ok(problems(text).some((p) => /^15:\d+ '\(' is not a JSONata expression: [A-Z]/.test(p)));
});

test('syntax errors, an empty file and a non-object never throw and are located', () => {
  assert.match(problems('{"definition": "m.asl.json", }', 'x.asl.test.json')[0], /^1:\d+ /);
  assert.deepEqual(problems(''), ['1:1 a test file must be an object']);
  assert.deepEqual(problems('- a\n- b\n'), ['1:1 a test file must be an object']);
  assert.match(problems('cases: [\n')[0], /^\d+:\d+ /);
  assert.deepEqual(problems('definition: m.asl.json\ncases: {}\n'), ["2:1 'cases' holds no case"]);
  assert.deepEqual(problems('definition: m.asl.json\ncases:\n  A:\n    input: 1\n'), [
    "3:3 case 'A' has no 'expect': what must the execution do?",
  ]);
  assert.deepEqual(problems('definition: m.asl.json\ncases:\n  A: { mockTestCase: X, expect: {} }\n'), [
    "3:22 'mockTestCase' names a test case of the mock file, but the test file gives no 'mocks' file",
  ]);
});

test('a bad regular expression is refused with the engine it runs on', () => {
  const [p] = problems('definition: m.asl.json\ncases:\n  A: { expect: { cause: { matches: "(a)\\\\1" } } }\n');
  assert.match(p, /^3:\d+ .*RE2/);
});

test('referencedStates lists every state name a case writes, located', () => {
  const file = parseTestFile(YAML, 't.asl.test.yaml');
  const refs = referencedStates(file.cases[0]).map((r) => `${r.role}:${r.name}:${at(file, r.span)}`);
  assert.deepEqual(refs, [
    'mock:ShipOrder:ShipOrder',
    'path:ValidateOrder:ValidateOrder',
    'path:ChargePayment:ChargePayment',
    'visits:ShipOrder:ShipOrder',
    'notVisits:NotifyFailure:NotifyFailure',
    'states:ChargePayment:ChargePayment',
  ]);
});

test('launchRequestFor: paths relative to the test file, mock file only with mockTestCase, inline mocks', () => {
  const file = parseTestFile(YAML, 't.asl.test.yaml');
  const [happy, declined] = file.cases;
  assert.deepEqual(launchRequestFor(file, happy, '/repo/machines/t.asl.test.yaml'), {
    definition: 'order-processing.asl.json',
    cwd: '/repo/machines',
    input: undefined,
    inputJson: { orderId: 'ord-1001' },
    mocks: 'order-processing.mocks.json',
    testCase: 'HappyPath',
    inlineMocks: { ShipOrder: { '0': { Return: { sent: true } } } },
    inlineMocksName: 'HappyPath',
    stateMachineName: undefined,
    handlers: undefined,
    itemsDir: undefined,
  });
  const second = launchRequestFor(file, declined, '/repo/machines/t.asl.test.yaml');
  assert.equal(second?.mocks, undefined);
  assert.equal(second?.input, 'declined.input.json');
  assert.equal(second?.inputJson, undefined);
});

test('test file names: the three suffixes of testProtocol.ts', () => {
  assert.ok(isTestFileName('/a/b.asl.test.yaml'));
  assert.ok(isTestFileName('B.ASL.TEST.YML'));
  assert.ok(isTestFileName('b.asl.test.json'));
  assert.ok(!isTestFileName('b.asl.json'));
  assert.ok(!isTestFileName('b.test.yaml'));
});

test('the JSON schema and the parser accept the same keys', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../../schemas/asl-test.schema.json'), 'utf8')) as {
    properties: object;
    definitions: Record<string, { properties: object }>;
  };
  const keys = (o: object) => Object.keys(o).sort();
  assert.deepEqual(keys(schema.properties), [...TOP_LEVEL_KEYS].sort());
  assert.deepEqual(keys(schema.definitions.case.properties), [...CASE_KEYS].sort());
  assert.deepEqual(keys(schema.definitions.expect.properties), [...EXPECTATION_KEYS].sort());
  assert.deepEqual(keys(schema.definitions.stateChecks.properties), [...STATE_CHECK_KEYS].sort());
});

test('inline mocks run through the one launch path and win over the mock file', async () => {
  const definition = JSON.stringify({
    StartAt: 'A',
    States: {
      A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B' },
      B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
    },
  });
  const mocks = JSON.stringify({
    StateMachines: { m: { TestCases: { T: { A: 'FromFile', B: 'FromFile' } } } },
    MockedResponses: { FromFile: { '0': { Return: 'file' } } },
  });
  const text = 'definition: m.asl.json\nmocks: m.mocks.json\ncases:\n  C:\n    mockTestCase: T\n    mocks:\n'.concat(
    '      B: { "0": { Throw: { Error: Boom, Cause: inline } } }\n    expect: { status: FAILED }\n',
  );
  const file = parseTestFile(text, 'm.asl.test.yaml');
  const files: Record<string, string> = { '/t/m.asl.json': definition, '/t/m.mocks.json': mocks };
  const io = { cwd: '/elsewhere', readFile: (p: string) => files[p] ?? assert.fail(`unexpected read ${p}`) };
  const request = launchRequestFor(file, file.cases[0], '/t/m.asl.test.yaml');
  assert.ok(request !== undefined);
  const mode = { advanceWhenIdle: true, historyPayloads: true, waitForCallbacks: false, names: TEST_FILE_NAMES };
  const launch = prepareLaunch(request, io, mode);
  assert.ok(!isLaunchFailure(launch), isLaunchFailure(launch) ? launch.message : '');
  const result = await launch.start().run();
  assert.deepEqual([result.status, result.error, result.cause], ['FAILED', 'Boom', 'inline']);
  const unknown = prepareLaunch({ ...request, testCase: 'Nope' }, io, mode);
  assert.ok(isLaunchFailure(unknown));
  assert.match(unknown.message, /no test case 'Nope'/);
});
