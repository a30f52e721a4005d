// The Testing view's reading of `asl test --reporter json`: a report is checked before use, each
// case becomes one outcome (failures at their expectation with expected / actual for the diff,
// errored cases at their cause), broken files report their problems; coverage adds up per item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport, reportOutcomes } from '../../src/testing/reportOutcomes';
import { mergeCoverage, stateEntries, stateLensText, uncoveredStates } from '../../src/testing/coverageModel';
import { exactCaseFilter, testArgs } from '../../src/testing/cli';
import type { DefinitionCoverage, TestLocation, TestReport } from '../../../server/src/testProtocol';

const at = (line: number, path = '/ws/m.asl.test.yaml'): TestLocation => ({
  path,
  range: { start: { line, character: 4 }, end: { line, character: 10 } },
});

const REPORT: TestReport = {
  version: 1,
  summary: { passed: 1, failed: 1, errored: 1, skipped: 1, durationMs: 12 },
  files: [
    {
      path: '/ws/m.asl.test.yaml',
      definitionPath: '/ws/m.asl.json',
      problems: [],
      cases: [
        { name: 'ok', location: at(3), status: 'passed', durationMs: 2, failures: [] },
        {
          name: 'wrong output',
          location: at(8),
          status: 'failed',
          durationMs: 3,
          execution: { status: 'SUCCEEDED', output: '{"a":2}', path: ['Start', 'Charge'] },
          failures: [
            {
              kind: 'output',
              message: 'output differs',
              location: at(12),
              expected: '{\n  "a": 1\n}',
              actual: '{\n  "a": 2\n}',
            },
            { kind: 'visits', message: "state 'Notify' was not visited", location: at(14) },
          ],
        },
        {
          name: 'no mock',
          location: at(20),
          status: 'errored',
          durationMs: 0,
          failures: [],
          error: { message: "no mock for state 'Charge'", location: at(22) },
        },
        { name: 'later', location: at(30), status: 'skipped', durationMs: 0, failures: [] },
      ],
    },
    {
      path: '/ws/bad.asl.test.yaml',
      definitionPath: null,
      problems: [{ message: "a test file needs 'definition'", location: at(0, '/ws/bad.asl.test.yaml') }],
      cases: [],
    },
  ],
};

test('a failed case has one message per failing expectation, at it, with a diff when values were compared', () => {
  const { cases } = reportOutcomes(REPORT);
  const failed = cases.find((c) => c.name === 'wrong output');
  assert.equal(failed?.status, 'failed');
  assert.equal(failed?.durationMs, 3);
  const [output, visits] = failed?.messages ?? [];
  assert.equal(output.expected, '{\n  "a": 1\n}');
  assert.equal(output.actual, '{\n  "a": 2\n}');
  assert.deepEqual(output.location, at(12));
  assert.match(output.message, /^output differs\nExecution: SUCCEEDED\nPath: Start → Charge$/);
  assert.equal(visits.expected, undefined);
  assert.deepEqual(visits.location, at(14));
});

test('passed and skipped cases carry no message; an errored case says why, where', () => {
  const { cases } = reportOutcomes(REPORT);
  assert.deepEqual(
    cases.map((c) => [c.name, c.status, c.messages.length]),
    [
      ['ok', 'passed', 0],
      ['wrong output', 'failed', 2],
      ['no mock', 'errored', 1],
      ['later', 'skipped', 0],
    ],
  );
  const errored = cases[2].messages[0];
  assert.equal(errored.message, "no mock for state 'Charge'");
  assert.deepEqual(errored.location, at(22));
});

test('a file with problems is reported as broken, each problem located', () => {
  const { brokenFiles } = reportOutcomes(REPORT);
  assert.deepEqual(brokenFiles, [
    {
      file: '/ws/bad.asl.test.yaml',
      messages: [{ message: "a test file needs 'definition'", location: at(0, '/ws/bad.asl.test.yaml') }],
    },
  ]);
});

test('only a well-formed report is accepted', () => {
  assert.deepEqual(parseReport(JSON.stringify(REPORT)), REPORT);
  assert.match(parseReport('Error: boom') as string, /printed no JSON report/);
  const bad = [
    {},
    { ...REPORT, version: 2 },
    { ...REPORT, files: [{ path: 1 }] },
    { ...REPORT, files: [{ ...REPORT.files[0], cases: [{ ...REPORT.files[0].cases[0], status: 'green' }] }] },
    {
      ...REPORT,
      files: [{ ...REPORT.files[0], cases: [{ ...REPORT.files[0].cases[1], failures: [{ message: 'x' }] }] }],
    },
  ];
  for (const value of bad) assert.equal(parseReport(JSON.stringify(value)), 'asl test printed a malformed JSON report');
});

const range = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 9 } });
const COVERAGE: DefinitionCoverage = {
  definitionPath: '/ws/m.asl.json',
  items: [
    { kind: 'state', state: 'Check', label: 'Check', hits: 2, range: range(2) },
    { kind: 'choiceRule', state: 'Check', index: 0, label: 'Choices[0] → Big', hits: 2, range: range(4) },
    { kind: 'choiceDefault', state: 'Check', label: 'Default → Small', hits: 0, range: range(6) },
    { kind: 'state', state: 'Big', label: 'Big', hits: 2, range: range(8) },
    { kind: 'state', state: 'Small', label: 'Small', hits: 0, range: range(10) },
  ],
};

test('coverage adds up per item over runs; states group their branches; unreached states are listed', () => {
  const second: DefinitionCoverage = {
    definitionPath: '/ws/m.asl.json',
    items: COVERAGE.items.map((i) => ({ ...i, hits: i.state === 'Big' ? 0 : 1 })),
  };
  const [merged] = mergeCoverage([COVERAGE], [second]);
  assert.deepEqual(
    merged.items.map((i) => i.hits),
    [3, 3, 1, 2, 1],
  );
  assert.deepEqual(uncoveredStates(COVERAGE), ['Small']);
  const [check, , small] = stateEntries(COVERAGE);
  assert.equal(check.branches.length, 2);
  assert.equal(stateLensText(check), 'reached 2× by tests, never: Default → Small');
  assert.equal(stateLensText(small), 'not reached by any test');
});

test('a case is selected by an anchored, escaped --filter regex; coverage goes to the scratch file', () => {
  const names = ['Happy path', 'Happy path (retry)', 'a/b.c*', '[x]-{y}|z^$'];
  for (const name of names) {
    const filter = exactCaseFilter(name);
    const m = /^\/(.*)\/([a-z]*)$/s.exec(filter);
    assert.ok(m !== null, filter);
    const re = new RegExp(m[1], m[2]);
    assert.deepEqual(
      names.filter((n) => re.test(n)),
      [name],
    );
  }
  assert.deepEqual(testArgs({ files: ['/ws/a.asl.test.yaml'], caseName: 'A', coverage: true }, '/tmp/c.json'), [
    'test',
    '/ws/a.asl.test.yaml',
    '--reporter',
    'json',
    '--filter',
    '/^A$/',
    '--coverage',
    'json',
    '--coverage-file',
    '/tmp/c.json',
  ]);
});
