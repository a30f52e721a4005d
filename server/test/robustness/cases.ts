/*
 * The robustness cases of `asl` (issue 12): definitions, inputs, mocks, handlers and folders that
 * used to crash, hang or exhaust the process. Each names the files it needs, the arguments and
 * the outcome it must end with: exit code, and for runs the status, the ASL error and its cause.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deepArrayText } from './support';

export interface Expected {
  readonly exit: number;
  readonly status?: string;
  readonly error?: string;
  /** Must match the cause (runs) or stderr (refused runs, validate). */
  readonly message: RegExp;
}

export interface RobustnessCase {
  readonly name: string;
  readonly files: () => Record<string, string>;
  /** Symbolic links to create: path → target (as written in the link). */
  readonly links?: Readonly<Record<string, string>>;
  readonly args: readonly string[];
  readonly expect: Expected;
  /** Further checks on the folder and the run's output once it ended. */
  readonly check?: (dir: string, output: unknown) => void;
}

type States = Record<string, unknown>;

function machine(states: States, jsonata = false): string {
  const start = Object.keys(states)[0];
  return JSON.stringify({ ...(jsonata && { QueryLanguage: 'JSONata' }), StartAt: start, States: states });
}

function pass(fields: Record<string, unknown>, jsonata = false): string {
  return machine({ P: { Type: 'Pass', ...fields, End: true } }, jsonata);
}

function jsonataOutput(expression: string): string {
  return pass({ Output: `{% ${expression} %}` }, true);
}

const DEEP = 5_000;
const QUERY_FAILED = { exit: 1, status: 'FAILED', error: 'States.QueryEvaluationError' } as const;
const HISTORY_QUOTA = /history reached the quota of 25000 events/;
const TOO_DEEP = /nested deeper than 1000 levels/;
const FAST = ['--expression-timeout', '2'];

function distributed(reader: Record<string, unknown>): string {
  const processor = {
    ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
    StartAt: 'Item',
    States: { Item: { Type: 'Pass', End: true } },
  };
  return machine({ M: { Type: 'Map', ItemReader: reader, ItemProcessor: processor, End: true } });
}

function listBucket(bucket: string): string {
  return distributed({ Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: bucket } });
}

function nestedMaps(levels: number): Record<string, unknown> {
  let processor: Record<string, unknown> = { StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: true } } };
  for (let i = 0; i < levels; i++) {
    const map = { Type: 'Map', ItemsPath: '$$.Execution.Input.items', ItemProcessor: processor, End: true };
    processor = { StartAt: `Level${i}`, States: { [`Level${i}`]: map } };
  }
  return processor;
}

export const CASES: readonly RobustnessCase[] = [
  {
    name: 'input file nested 5,000 levels',
    files: () => ({ 'm.asl.json': pass({}), 'deep.json': deepArrayText(DEEP) }),
    args: ['run', 'm.asl.json', '--input', 'deep.json', '--json'],
    expect: { exit: 2, message: TOO_DEEP },
  },
  {
    name: '--input-json nested 5,000 levels',
    files: () => ({ 'm.asl.json': pass({}) }),
    args: ['run', 'm.asl.json', '--input-json', deepArrayText(DEEP), '--json'],
    expect: { exit: 2, message: TOO_DEEP },
  },
  {
    name: 'mock Return nested 5,000 levels',
    files: () => ({
      'm.asl.json': machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } }),
      'mocks.json': JSON.stringify({
        StateMachines: { m: { TestCases: { Deep: { T: 'R' } } } },
        MockedResponses: { R: { '0': { Return: 'PLACEHOLDER' } } },
      }).replace('"PLACEHOLDER"', deepArrayText(DEEP)),
    }),
    args: ['run', 'm.asl.json', '--mocks', 'mocks.json', '--test-case', 'Deep', '--json'],
    expect: { exit: 2, message: TOO_DEEP },
  },
  {
    name: 'handler result nested 5,000 levels',
    files: () => ({
      'm.asl.json': machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } }),
      'h.js': `module.exports = { T: () => { let v = []; for (let i = 0; i < ${DEEP}; i++) v = [v]; return v; } };`,
    }),
    args: ['run', 'm.asl.json', '--handlers', './h.js', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: TOO_DEEP },
  },
  {
    name: 'States.StringToJson of a string nested 5,000 levels',
    files: () => ({
      'm.asl.json': pass({ Parameters: { 'v.$': 'States.StringToJson($.s)' } }),
      'in.json': JSON.stringify({ s: deepArrayText(DEEP) }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.IntrinsicFailure', message: TOO_DEEP },
  },
  {
    name: 'JSONata $parse of a string nested 5,000 levels',
    files: () => ({
      'm.asl.json': jsonataOutput('$parse($states.input.s)'),
      'in.json': JSON.stringify({ s: deepArrayText(DEEP) }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { ...QUERY_FAILED, message: TOO_DEEP },
  },
  {
    name: '30,000 nested intrinsic calls (run refused with the located error)',
    files: () => ({
      'm.asl.json': pass({ Parameters: { 'v.$': 'States.Array('.repeat(30_000) + '1' + ')'.repeat(30_000) } }),
    }),
    args: ['run', 'm.asl.json', '--json'],
    expect: { exit: 2, message: /m\.asl\.json:1:\d+: error invalid-intrinsic .*at most 10 levels/ },
  },
  {
    name: 'asl validate: 30,000 nested intrinsic calls',
    files: () => ({
      'm.asl.json': pass({ Parameters: { 'v.$': 'States.Array('.repeat(30_000) + '1' + ')'.repeat(30_000) } }),
    }),
    args: ['validate', 'm.asl.json'],
    expect: { exit: 1, message: /error invalid-intrinsic .*at most 10 levels/ },
  },
  {
    name: 'JSONPath filter with 50,000 nested parentheses',
    files: () => ({
      'm.asl.json': pass({ Parameters: { 'v.$': `$.a[?(${'('.repeat(50_000)}@.x${')'.repeat(50_000)})]` } }),
      'in.json': JSON.stringify({ a: [{ x: 1 }] }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: /Nested more than 100 levels/ },
  },
  {
    name: 'asl validate: JSONPath filter with 50,000 nested parentheses (a located warning)',
    files: () => ({
      'm.asl.json': pass({ Parameters: { 'v.$': `$.a[?(${'('.repeat(50_000)}@.x${')'.repeat(50_000)})]` } }),
    }),
    args: ['validate', 'm.asl.json'],
    expect: { exit: 0, message: /m\.asl\.json:1:\d+: warning invalid-jsonpath .*Nested more than 100 levels/ },
  },
  {
    name: 'ResultPath 20,000 levels deep',
    files: () => ({ 'm.asl.json': pass({ ResultPath: '$' + '.a'.repeat(20_000) }) }),
    args: ['run', 'm.asl.json', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: /nested too deeply/ },
  },
  {
    name: 'Retry MaxAttempts 99,999,999 on a handler that always throws',
    files: () => ({
      'm.asl.json': machine({
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 99_999_999, IntervalSeconds: 1, BackoffRate: 1 }],
          End: true,
        },
      }),
      'h.js': `module.exports = { T: () => { throw new Error('always'); } };`,
    }),
    args: ['run', 'm.asl.json', '--handlers', './h.js', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: HISTORY_QUOTA },
  },
  {
    name: 'Retry with an exponential back-off past the 1-year maximum execution time',
    files: () => ({
      'm.asl.json': machine({
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2000, IntervalSeconds: 1, BackoffRate: 2 }],
          End: true,
        },
      }),
      'h.js': `module.exports = { T: () => { throw new Error('always'); } };`,
    }),
    args: ['run', 'm.asl.json', '--handlers', './h.js', '--json', '--history'],
    expect: { exit: 1, status: 'TIMED_OUT', error: 'States.Timeout', message: /1-year maximum execution time/ },
  },
  {
    name: 'three nested Maps of 1,000 items (10^9 iterations)',
    files: () => ({
      'm.asl.json': JSON.stringify(nestedMaps(3)),
      'in.json': JSON.stringify({ items: Array.from({ length: 1000 }, (_, i) => i) }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: HISTORY_QUOTA },
  },
  {
    name: 'endless Choice loop with --history',
    files: () => ({
      'm.asl.json': machine({
        A: { Type: 'Pass', Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'E' }], Default: 'A' },
        E: { Type: 'Succeed' },
      }),
    }),
    args: ['run', 'm.asl.json', '--json', '--history'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: HISTORY_QUOTA },
  },
  {
    name: 'endless Choice loop with --max-history-events 250000 and --history',
    files: () => ({
      'm.asl.json': machine({
        A: { Type: 'Pass', Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'E' }], Default: 'A' },
        E: { Type: 'Succeed' },
      }),
    }),
    args: ['run', 'm.asl.json', '--json', '--history', '--max-history-events', '250000'],
    expect: {
      exit: 1,
      status: 'FAILED',
      error: 'States.Runtime',
      message: /limit of 250000 events set by --max-history-events/,
    },
  },
  {
    name: 'Wait SecondsPath 1e308, then $$.State.EnteredTime and the history',
    files: () => ({
      'm.asl.json': machine({
        W: { Type: 'Wait', SecondsPath: '$.s', Next: 'P' },
        P: { Type: 'Pass', Parameters: { 't.$': '$$.State.EnteredTime' }, End: true },
      }),
      'in.json': '{"s": 1e308}',
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json', '--history'],
    expect: { exit: 1, status: 'TIMED_OUT', error: 'States.Timeout', message: /1-year maximum execution time/ },
  },
  {
    name: 'JSONPath =~ /(a+)+b/ against 31 (and 100,000) a characters',
    files: () => ({
      'm.asl.json': pass({
        Parameters: { 'short.$': '$.items[?(@.s =~ /(a+)+b/)]', 'long.$': '$.long[?(@.s =~ /(a|aa)+$x/)]' },
      }),
      'in.json': JSON.stringify({ items: [{ s: 'a'.repeat(31) }], long: [{ s: 'a'.repeat(100_000) }] }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 0, status: 'SUCCEEDED', message: /^$/ },
  },
  {
    name: 'JSONPath =~ with a backreference (AWS accepts it; RE2 cannot run it)',
    files: () => ({
      'm.asl.json': pass({ Parameters: { 'v.$': '$.items[?(@.s =~ /(a)\\1/)]' } }),
      'in.json': JSON.stringify({ items: [{ s: 'aa' }] }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.Runtime', message: /linear-time regex engine.*Backreferences/ },
  },
  ...['$match', '$replace', '$contains', '$split'].map((fn): RobustnessCase => ({
    name: `JSONata ${fn} with /(a+)+b/ on 50,000 a characters`,
    files: () => ({
      'm.asl.json': jsonataOutput(
        `$string(${fn}($states.input.s, /(a+)+b/${fn === '$replace' ? ', "x"' : ''})) & "done"`,
      ),
      'in.json': JSON.stringify({ s: 'a'.repeat(50_000) }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 0, status: 'SUCCEEDED', message: /^$/ },
  })),
  {
    name: 'Choice StringMatches "*a*a*a*a*a*a*a*a*a*a*b" against 200 (and 200,000) characters',
    files: () => ({
      'm.asl.json': machine({
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.short', StringMatches: '*a*a*a*a*a*a*a*a*a*a*b', Next: 'Yes' },
            { Variable: '$.long', StringMatches: '*a*a*a*a*a*a*a*a*a*a*b', Next: 'Yes' },
          ],
          Default: 'No',
        },
        Yes: { Type: 'Fail', Error: 'Matched' },
        No: { Type: 'Succeed' },
      }),
      'in.json': JSON.stringify({ short: 'a'.repeat(200), long: 'a'.repeat(200_000) }),
    }),
    args: ['run', 'm.asl.json', '--input', 'in.json', '--json'],
    expect: { exit: 0, status: 'SUCCEEDED', message: /^$/ },
  },
  {
    name: 'JSONata endless tail recursion ($f := function(){ $f() }) under the default 10 s budget',
    files: () => ({ 'm.asl.json': jsonataOutput('($f := function(){ $f() }; $f())') }),
    args: ['run', 'm.asl.json', '--json'],
    expect: { ...QUERY_FAILED, message: /took longer than 10 s.*--expression-timeout/ },
  },
  {
    name: 'JSONata endless deep recursion (1 + $f($n + 1))',
    files: () => ({ 'm.asl.json': jsonataOutput('($f := function($n){ 1 + $f($n + 1) }; $f(0))') }),
    args: ['run', 'm.asl.json', '--json', '--expression-timeout', '50'],
    expect: { ...QUERY_FAILED, message: /deeper than 20000 nested steps.*--expression-max-depth/ },
  },
  {
    name: 'JSONata $sort of 1,000,000 items with a comparator',
    files: () => ({ 'm.asl.json': jsonataOutput('$count($sort([1..1000000], function($a, $b){ $a < $b }))') }),
    args: ['run', 'm.asl.json', '--json', ...FAST],
    expect: { ...QUERY_FAILED, message: /took longer than 2 s/ },
  },
  {
    name: 'JSONata $count($range(0, 1e9))',
    files: () => ({ 'm.asl.json': jsonataOutput('$count($range(0, 1e9))') }),
    args: ['run', 'm.asl.json', '--json'],
    expect: { ...QUERY_FAILED, message: /\$range: the range would hold 1000000001 numbers; at most 10000000/ },
  },
  {
    name: "JSONata $pad('x', 1e8)",
    files: () => ({ 'm.asl.json': jsonataOutput("$pad('x', 1e8)") }),
    args: ['run', 'm.asl.json', '--json'],
    expect: { ...QUERY_FAILED, message: /\$pad: the width 100000000 is larger than 10000000/ },
  },
  {
    name: 'asl validate /dev/zero',
    files: () => ({}),
    args: ['validate', '/dev/zero'],
    expect: { exit: 2, message: /cannot read '\/dev\/zero': larger than 64 MiB/ },
  },
  {
    name: 'asl run --input /dev/zero',
    files: () => ({ 'm.asl.json': pass({}) }),
    args: ['run', 'm.asl.json', '--input', '/dev/zero'],
    expect: { exit: 2, message: /cannot read input '\/dev\/zero': larger than 64 MiB/ },
  },
  {
    name: '--timeout 1 stops a --real-time Wait of an hour',
    files: () => ({ 'm.asl.json': machine({ W: { Type: 'Wait', Seconds: 3600, End: true } }) }),
    args: ['run', 'm.asl.json', '--real-time', '--timeout', '1', '--json'],
    expect: { exit: 1, status: 'TIMED_OUT', error: 'States.Timeout', message: /longer than its --timeout of 1 s/ },
  },
  {
    name: '--timeout 1 stops a run stuck in a JSONata expression (whose budget becomes 1 s)',
    files: () => ({ 'm.asl.json': jsonataOutput('($f := function(){ $f() }; $f())') }),
    args: ['run', 'm.asl.json', '--timeout', '1', '--json'],
    expect: { exit: 1, status: 'TIMED_OUT', error: 'States.Timeout', message: /longer than its --timeout of 1 s/ },
  },
  ...['..', '../outside', '/'].map((bucket): RobustnessCase => ({
    name: `--items-dir: s3:listObjectsV2 of bucket "${bucket}"`,
    files: () => ({ 'm.asl.json': listBucket(bucket), 'items/b/ok.json': '[1]', 'outside/secret.json': '[2]' }),
    args: ['run', 'm.asl.json', '--items-dir', 'items', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.ItemReaderFailed', message: /escapes the --items-dir folder/ },
  })),
  ...['file.json', 'linked/secret.json'].map((key): RobustnessCase => ({
    name: `--items-dir: s3:getObject of "${key}" through a link out of the folder`,
    files: () => ({
      'm.asl.json': distributed({
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'JSON' },
        Parameters: { Bucket: 'b', Key: key },
      }),
      'items/b/ok.json': '[1]',
      'outside/secret.json': '[2]',
    }),
    links: { 'items/b/file.json': '../../outside/secret.json', 'items/b/linked': '../../outside' },
    args: ['run', 'm.asl.json', '--items-dir', 'items', '--json'],
    expect: { exit: 1, status: 'FAILED', error: 'States.ItemReaderFailed', message: /escapes the --items-dir folder/ },
  })),
  {
    name: '--items-dir: a listing skips links out of the folder and ends on link loops',
    files: () => ({ 'm.asl.json': listBucket('b'), 'items/b/ok.json': '[1]', 'outside/secret.json': '[2]' }),
    links: { 'items/b/out': '../../outside', 'items/b/loop': '..', 'items/b/self': '.', 'items/b/dangling': 'nowhere' },
    args: ['run', 'm.asl.json', '--items-dir', 'items', '--json'],
    expect: { exit: 0, status: 'SUCCEEDED', message: /^$/ },
    check: (_dir, output) =>
      assert.deepEqual(
        (output as { Key: string }[]).map((o) => o.Key),
        ['ok.json'],
      ),
  },
  {
    name: '--result-dir: a bucket folder that links out of the folder',
    files: () => ({
      'm.asl.json': machine({
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
            StartAt: 'Item',
            States: { Item: { Type: 'Pass', End: true } },
          },
          ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'p' } },
          End: true,
        },
      }),
      'in.json': '{"items": [1, 2]}',
      'results/.keep': '',
      'outside/.keep': '',
    }),
    links: { 'results/out': '../outside' },
    args: ['run', 'm.asl.json', '--input', 'in.json', '--result-dir', 'results', '--json'],
    expect: {
      exit: 1,
      status: 'FAILED',
      error: 'States.ResultWriterFailed',
      message: /escapes the --result-dir folder/,
    },
    check: (dir) => assert.deepEqual(readdirSync(join(dir, 'outside')), ['.keep'], 'nothing written outside'),
  },
];
