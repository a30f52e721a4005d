// The runner: every expectation kind passing and failing (with its location and values), cases
// that cannot run (errored, located), state names the definition lacks (a bad test file), and the
// coverage figures of a definition with known uncovered branches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTestFile, type FileRun } from '../../src/testing/runner';
import { figuresOf } from '../../src/testing/coverage';
import type { LaunchIo } from '../../src/launch';
import type { TestCaseReport } from '../../src/testProtocol';

const DEFINITION = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      ResultPath: '$.charge',
      Retry: [
        { ErrorEquals: ['Busy'], MaxAttempts: 2, IntervalSeconds: 1 },
        { ErrorEquals: ['NeverThrown'], MaxAttempts: 1 },
      ],
      Catch: [
        { ErrorEquals: ['Declined'], ResultPath: '$.error', Next: 'Rejected' },
        { ErrorEquals: ['States.ALL'], Next: 'Broken' },
      ],
      Next: 'Route',
    },
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.charge.amount', NumericGreaterThan: 100, Next: 'Big' },
        { Variable: '$.charge.amount', NumericLessThan: 0, Next: 'Broken' },
      ],
      Default: 'Small',
    },
    Big: { Type: 'Pass', Result: { size: 'big' }, ResultPath: '$.size', End: true },
    Small: { Type: 'Pass', Result: { size: 'small' }, ResultPath: '$.size', End: true },
    Rejected: { Type: 'Fail', Error: 'Rejected', Cause: 'The card was declined.' },
    Broken: { Type: 'Fail', Error: 'Broken', Cause: 'Something else went wrong.' },
  },
};

function memoryIo(files: Record<string, string>): LaunchIo {
  return {
    cwd: '/t',
    readFile(path) {
      if (!Object.prototype.hasOwnProperty.call(files, path))
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path];
    },
  };
}

async function run(testYaml: string, extra: Record<string, string> = {}): Promise<FileRun> {
  const files = { '/t/m.asl.json': JSON.stringify(DEFINITION, null, 2), '/t/m.asl.test.yaml': testYaml, ...extra };
  return runTestFile('/t/m.asl.test.yaml', memoryIo(files));
}

const HEADER = 'definition: m.asl.json\ncases:\n';
const BIG = '{ "0": { Return: { amount: 150 } } }';
const BUSY_THEN_SMALL = '{ "0": { Throw: { Error: Busy } }, "1": { Return: { amount: 5 } } }';

function one(r: FileRun, name: string): TestCaseReport {
  const c = r.report.cases.find((x) => x.name === name);
  assert.ok(c, `no case ${name}`);
  return c;
}

/** "line:col kind: message" of each failure (1-based). */
function failures(c: TestCaseReport): string[] {
  return c.failures.map(
    (f) => `${f.location.range.start.line + 1}:${f.location.range.start.character + 1} ${f.kind}: ${f.message}`,
  );
}

test('every expectation kind passes on what the execution did', async () => {
  const r = await run(`${HEADER}  Big:
    input: { id: 7 }
    mocks: { Charge: ${BIG} }
    expect:
      status: SUCCEEDED
      output: { id: 7, charge: { amount: 150 }, size: { size: big } }
      outputContains: { size: { size: big } }
      assertions:
        - { path: "$.charge.amount", equals: 150 }
        - { path: "$.size", contains: { size: big } }
        - { path: "$.nothing", exists: false }
        - { path: "$.size.size", matches: "^b" }
        - { jsonata: "charge.amount > 100" }
        - { jsonata: "$states.output.id", equals: 7 }
      path: [Charge, Route, Big]
      visits: [Route]
      notVisits: [Small, Rejected]
      states:
        Charge: { input: { id: 7 }, outputContains: { charge: { amount: 150 } }, retries: 0, entered: 1 }
  Declined:
    mocks: { Charge: { "0": { Throw: { Error: Declined, Cause: "card declined (code 51)" } } } }
    expect:
      status: FAILED
      error: Rejected
      cause: The card was declined.
      states:
        Charge: { retries: 0 }
  Retried:
    mocks: { Charge: ${BUSY_THEN_SMALL} }
    expect:
      error: { matches: "x" }
      cause: { contains: "x" }
`);
  assert.deepEqual(r.report.problems, []);
  assert.deepEqual(failures(one(r, 'Big')), []);
  assert.equal(one(r, 'Big').status, 'passed');
  assert.equal(one(r, 'Declined').status, 'passed');
  assert.deepEqual(one(r, 'Big').execution?.path, ['Charge', 'Route', 'Big']);
  assert.deepEqual(failures(one(r, 'Retried')), [
    '33:7 error: expected error matching /x/, but the execution SUCCEEDED without one',
    '34:7 cause: expected cause containing "x", but the execution SUCCEEDED without one',
  ]);
});

test('every expectation kind fails, located at the expectation, with expected and actual values', async () => {
  const r = await run(`${HEADER}  Wrong:
    mocks: { Charge: ${BUSY_THEN_SMALL} }
    expect:
      status: FAILED
      output: { charge: { amount: 6 }, size: { size: small } }
      outputContains: { size: { size: big } }
      assertions:
        - { path: "$.charge.amount", equals: 150 }
        - { path: "$.size", contains: { size: big } }
        - { path: "$.size", exists: false }
        - { path: "$.size.size", matches: "^b" }
        - { jsonata: "charge.amount > 100" }
        - { path: "$.missing.deeper", equals: 1 }
      path: [Charge, Route, Big]
      visits: [Big]
      notVisits: [Small]
      states:
        Charge: { input: { id: 1 }, output: { charge: 1 }, retries: 2, entered: 2 }
        Big: { input: {} }
`);
  const c = one(r, 'Wrong');
  assert.equal(c.status, 'failed');
  assert.deepEqual(failures(c), [
    '6:7 status: expected status FAILED, got SUCCEEDED',
    '7:7 output: the output differs at $.charge.amount: expected 6, got 5',
    '8:7 outputContains: the output does not contain the expected value at $.size.size: expected "big", got "small"',
    '10:11 assertions: $.charge.amount does not equal the expected value: expected 150, got 5',
    '11:11 assertions: $.size does not contain the expected value at $.size: expected "big", got "small"',
    '12:11 assertions: $.size selects {"size":"small"}, expected nothing',
    '13:11 assertions: $.size.size is "small", which does not match /^b/',
    "14:11 assertions: JSONata 'charge.amount > 100' is false, expected true",
    '15:11 assertions: $.missing.deeper does not equal the expected value: expected 1, got nothing',
    '16:29 path: the path differs at step 3: expected Big, got Small; the path taken: Charge → Route → Small',
    "17:16 visits: 'Big' was never entered; the path taken: Charge → Route → Small",
    "18:19 notVisits: 'Small' was entered (1 time); the path taken: Charge → Route → Small",
    "20:60 states: 'Charge' was retried 1 time(s), expected 2",
    "20:72 states: 'Charge' was entered 1 time(s), expected 2",
    "20:19 states: 'Charge' input at $.id: expected 1, got nothing",
    `20:37 states: 'Charge' output at $.charge: expected 1, got {"amount":5}`,
    "21:9 states: 'Big' has no visit 0: it was entered 0 time(s)",
  ]);
  const output = c.failures.find((f) => f.kind === 'output');
  assert.equal(output?.expected, JSON.stringify({ charge: { amount: 6 }, size: { size: 'small' } }, null, 2));
  assert.equal(output?.actual, JSON.stringify({ charge: { amount: 5 }, size: { size: 'small' } }, null, 2));
});

test('a failed execution: output expectations say why there is no output', async () => {
  const r = await run(`${HEADER}  A:
    mocks: { Charge: { "0": { Throw: { Error: Declined, Cause: no } } } }
    expect:
      output: {}
      assertions: [{ path: "$.a", exists: true }]
      states: { Charge: { output: {} } }
`);
  assert.deepEqual(failures(one(r, 'A')), [
    '6:7 output: no output: the execution FAILED (Rejected: "The card was declined.")',
    '7:20 assertions: $.a: no output to assert on: the execution FAILED (Rejected: "The card was declined.")',
    `8:27 states: 'Charge' output at $.error: unexpected {"Error":"Declined","Cause":"no"}`,
  ]);
});

test('cases that cannot run are errored, located at what is missing; the others still run', async () => {
  const r = await run(
    `definition: m.asl.json
mocks: m.mocks.json
cases:
  NoInput:
    inputFile: missing.json
    expect: { status: SUCCEEDED }
  BadInput:
    inputFile: bad.json
    expect: { status: SUCCEEDED }
  UnknownMockCase:
    mockTestCase: Nope
    expect: { status: SUCCEEDED }
  Fine:
    mocks: { Charge: ${BIG} }
    expect: { status: SUCCEEDED }
  Skipped:
    skip: true
    expect: { status: SUCCEEDED }
`,
    { '/t/bad.json': '{"a": }', '/t/m.mocks.json': JSON.stringify({ StateMachines: { m: { TestCases: { T: {} } } } }) },
  );
  const summary = r.report.cases.map((c) => [
    c.name,
    c.status,
    c.error ? where(c.error.location) + ' ' + c.error.message : '',
  ]);
  assert.deepEqual(summary, [
    ['NoInput', 'errored', "5:16 cannot read input 'missing.json': no such file"],
    ['BadInput', 'errored', '8:16 bad.json:1:7: not valid JSON (value expected)'],
    ['UnknownMockCase', 'errored', "11:19 m.mocks.json: state machine 'm' has no test case 'Nope' (known: T)"],
    ['Fine', 'passed', ''],
    ['Skipped', 'skipped', ''],
  ]);
});

function where(l: { range: { start: { line: number; character: number } } }): string {
  return `${l.range.start.line + 1}:${l.range.start.character + 1}`;
}

test('a state name the definition lacks is a located problem with "did you mean"; no case runs', async () => {
  const r = await run(`${HEADER}  A:
    mocks: { Chrage: ${BIG} }
    expect: { visits: [Big, Smal], states: { Route: {} } }
`);
  assert.deepEqual(
    r.report.problems.map((p) => `${where(p.location)} ${p.message}`),
    [
      "4:14 the definition has no state 'Chrage': did you mean 'Charge'?",
      "5:29 the definition has no state 'Smal': did you mean 'Small'?",
    ],
  );
  assert.deepEqual(
    r.report.cases.map((c) => c.status),
    ['errored'],
  );
});

test('an invalid or missing definition is a problem located at "definition"', async () => {
  const bad = await runTestFile(
    '/t/x.asl.test.yaml',
    memoryIo({
      '/t/x.asl.test.yaml': 'definition: x.asl.json\ncases: { A: { expect: {} } }\n',
      '/t/x.asl.json': '{"StartAt": "Nope", "States": {}}',
    }),
  );
  assert.equal(bad.report.problems.length, 1);
  assert.match(
    bad.report.problems[0].message,
    /^'x.asl.json' is not a valid state machine .*\n {2}x.asl.json:1:\d+: error /,
  );
  assert.equal(where(bad.report.problems[0].location), '1:13');
  const missing = await runTestFile(
    '/t/y.asl.test.yaml',
    memoryIo({ '/t/y.asl.test.yaml': 'definition: y.asl.json\ncases: { A: { expect: {} } }\n' }),
  );
  assert.equal(missing.report.problems[0].message, "cannot read 'y.asl.json': no such file");
  assert.equal(missing.report.definitionPath, null);
  const unreadable = await runTestFile('/t/none.asl.test.yaml', memoryIo({}));
  assert.equal(unreadable.report.problems[0].message, 'cannot read the test file: no such file');
});

test('a callback task nobody mocks fails the case with States.Runtime, naming the state', async () => {
  const definition = {
    StartAt: 'Wait',
    States: { Wait: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } },
  };
  const r = await runTestFile(
    '/t/c.asl.test.yaml',
    memoryIo({
      '/t/c.asl.json': JSON.stringify(definition),
      '/t/c.asl.test.yaml': 'definition: c.asl.json\ncases: { A: { expect: { status: SUCCEEDED } } }\n',
    }),
  );
  const c = one(r, 'A');
  assert.equal(c.execution?.status, 'FAILED');
  assert.equal(c.execution?.error, 'States.Runtime');
  assert.match(c.execution?.cause ?? '', /Task state 'Wait' has no mocked response/);
});

test('coverage: states, Choice rules and Default, catchers and retriers reached, with known gaps', async () => {
  const r = await run(`${HEADER}  Big:
    mocks: { Charge: ${BIG} }
    expect: { status: SUCCEEDED }
  SmallAfterRetry:
    mocks: { Charge: ${BUSY_THEN_SMALL} }
    expect: { status: SUCCEEDED }
  Declined:
    mocks: { Charge: { "0": { Throw: { Error: Declined } } } }
    expect: { status: FAILED }
`);
  const coverage = r.coverage;
  assert.ok(coverage !== undefined);
  const hits = coverage.items.map((i) => `${i.kind} ${i.label} ${i.hits} @${i.range.start.line + 1}`);
  assert.deepEqual(hits, [
    'state Charge 3 @4',
    'retry Retry[0] Busy 1 @9',
    'retry Retry[1] NeverThrown 0 @16',
    'catch Catch[0] Declined → Rejected 1 @24',
    'catch Catch[1] States.ALL → Broken 0 @31',
    'state Route 2 @40',
    'choiceRule Choices[0] → Big 1 @43',
    'choiceRule Choices[1] → Broken 0 @48',
    'choiceDefault Default → Small 1 @54',
    'state Big 1 @56',
    'state Small 1 @64',
    'state Rejected 1 @72',
    'state Broken 0 @77',
  ]);
  assert.deepEqual(figuresOf(coverage.items), {
    states: { covered: 5, total: 6 },
    choices: { covered: 2, total: 3 },
    catches: { covered: 1, total: 2 },
    retries: { covered: 1, total: 2 },
    all: { covered: 9, total: 13 },
  });
});
