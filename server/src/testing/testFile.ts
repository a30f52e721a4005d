/*
 * Entry of the `asl test` file format: parses `<machine>.asl.test.yaml|yml|json` (the JSON / YAML
 * model of asl/, so every part is located) into a TestFile: the definition, the mock file, and named
 * cases with input, mocks and expectations. Never throws: anything wrong is a located problem.
 * Pure; shared by the CLI runner and the language server (diagnostics, completion in test files).
 */
import { nodeToValue, type AslNode, type AslProperty, type Span } from '../asl';
import { parseJsonTree } from '../asl/parseJson';
import { parseYamlTree } from '../asl/parseYaml';
import { entryFor } from '../interpreter/mocks';
import type { Json, JsonObject } from '../interpreter/value';
import { TEST_FILE_SUFFIXES } from '../testProtocol';
import { readExpectations } from './expectations';
import type { ExpectBlock, InlineMock, TestCase, TestFile } from './model';
import { LineIndex } from '../asl/lines';
import { prop, TreeReader } from './reader';

export const TOP_LEVEL_KEYS = ['definition', 'mocks', 'stateMachineName', 'itemsDir', 'handlers', 'cases'] as const;
export const CASE_KEYS = ['description', 'input', 'inputFile', 'mockTestCase', 'mocks', 'expect', 'skip'] as const;

/** True for a file name `asl test` runs. */
export function isTestFileName(path: string): boolean {
  const lower = path.toLowerCase();
  return TEST_FILE_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** Parses a test file; `fileName` decides JSON or YAML (`.json` is JSON, anything else YAML). */
export function parseTestFile(text: string, fileName: string): TestFile {
  const format = /\.json$/i.test(fileName) ? 'json' : 'yaml';
  const tree = safeTree(text, format);
  const r = new TreeReader();
  for (const p of tree.problems) r.report(p.message, p.span);
  const whole = { start: 0, end: Math.min(text.length, 1) };
  const root = r.object(tree.root, 'a test file', whole, TOP_LEVEL_KEYS);
  const file = {
    text,
    format,
    definition: r.string(prop(root, 'definition'), "'definition'"),
    mocks: r.string(prop(root, 'mocks'), "'mocks'"),
    stateMachineName: r.string(prop(root, 'stateMachineName'), "'stateMachineName'"),
    itemsDir: r.string(prop(root, 'itemsDir'), "'itemsDir'"),
    handlers: r.string(prop(root, 'handlers'), "'handlers'"),
    cases: readCases(r, root === undefined ? undefined : prop(root, 'cases'), new LineIndex(text)),
  } as const;
  for (const c of file.cases)
    if (c.mockTestCase !== undefined && file.mocks === undefined && prop(root, 'mocks') === undefined)
      r.report(
        "'mockTestCase' names a test case of the mock file, but the test file gives no 'mocks' file",
        c.mockTestCase.span,
      );
  if (root !== undefined && prop(root, 'cases') === undefined)
    r.report("a test file needs 'cases': named cases, each with an input and what to expect", root.span);
  if (root !== undefined && file.definition === undefined && prop(root, 'definition') === undefined)
    r.report("a test file needs 'definition': the state machine's file, relative to the test file", root.span);
  return { ...file, problems: r.problems.sort((a, b) => a.span.start - b.span.start) };
}

function safeTree(
  text: string,
  format: 'json' | 'yaml',
): { root?: AslNode; problems: { message: string; span: Span }[] } {
  try {
    return format === 'json' ? parseJsonTree(text) : parseYamlTree(text);
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : String(error);
    return { problems: [{ message: `cannot parse the test file: ${reason}`, span: { start: 0, end: 0 } }] };
  }
}

function readCases(r: TreeReader, p: AslProperty | undefined, lines: LineIndex): TestCase[] {
  if (p === undefined) return [];
  const props = r.named(p.value, "'cases'", p.keySpan);
  if (p.value?.kind === 'object' && props.length === 0) r.report("'cases' holds no case", p.span);
  return props.map((c) => readCase(r, c, lines)).filter((c) => c !== undefined);
}

function readCase(r: TreeReader, p: AslProperty, lines: LineIndex): TestCase | undefined {
  const obj = r.object(p.value, `case '${p.key}'`, p.keySpan, CASE_KEYS);
  if (obj === undefined) return undefined;
  const inputProp = prop(obj, 'input');
  const inputFile = r.string(prop(obj, 'inputFile'), "'inputFile'");
  if (inputProp !== undefined && inputFile !== undefined)
    r.report("give either 'input' or 'inputFile', not both", inputFile.span);
  const description = prop(obj, 'description');
  if (description !== undefined) r.string(description, "'description'");
  const expect = prop(obj, 'expect');
  if (expect === undefined) r.report(`case '${p.key}' has no 'expect': what must the execution do?`, p.keySpan);
  return {
    name: p.key,
    nameSpan: p.keySpan,
    span: p.span,
    input: inputProp === undefined ? undefined : r.json(inputProp, "'input'"),
    inputFile,
    mockTestCase: r.string(prop(obj, 'mockTestCase'), "'mockTestCase'"),
    mocks: readInlineMocks(r, prop(obj, 'mocks')),
    expectations: expect === undefined ? [] : readExpectations(r, expect),
    expect: expect === undefined ? undefined : expectBlock(expect, lines),
    skip: r.boolean(prop(obj, 'skip'), "'skip'") ?? false,
  };
}

function expectBlock(expect: AslProperty, lines: LineIndex): ExpectBlock | undefined {
  const v = expect.value;
  if (v?.kind !== 'object') return undefined;
  const text = lines.text;
  const flow = text.charAt(v.start) === '{';
  const last = v.properties[v.properties.length - 1];
  const first = v.properties[0];
  const multiline = first !== undefined && lines.positionAt(first.keyStart).line !== lines.positionAt(v.start).line;
  const keyColumn = multiline
    ? lines.positionAt(first.keyStart).character
    : lines.positionAt(expect.keyStart).character + 2;
  const output = prop(v, 'output');
  return {
    span: v.span,
    lastPropertyEnd: last === undefined ? v.start + 1 : last.end,
    flow,
    multiline: multiline || !flow,
    keyColumn,
    output: output?.value === undefined ? undefined : { keyEnd: output.keyEnd, valueEnd: output.value.end },
  };
}

/** `mocks: { State: { "0": { Return: ... }, "1-2": { Throw: { Error, Cause } } } }` (MockedResponses entries). */
function readInlineMocks(r: TreeReader, p: AslProperty | undefined): InlineMock[] {
  if (p === undefined) return [];
  const out: InlineMock[] = [];
  for (const s of r.named(p.value, "a case's 'mocks'", p.keySpan)) {
    const entries = r.named(s.value, `the mocked responses of '${s.key}'`, s.keySpan);
    const response: JsonObject = {};
    for (const e of entries) if (readResponse(r, e)) response[e.key] = nodeToValue(e.value) as Json;
    if (entries.length === 0 && s.value?.kind === 'object')
      r.report(`the mock of '${s.key}' has no response: add "0": { Return: ... } or { Throw: ... }`, s.span);
    out.push({ state: s.key, stateSpan: s.keySpan, response, span: s.span });
  }
  return out;
}

/** One `"N"` / `"N-M"` key with exactly one of Return / Throw {Error, Cause} (Step Functions Local's format). */
function readResponse(r: TreeReader, e: AslProperty): boolean {
  if (!/^\d+(-\d+)?$/.test(e.key) || entryFor({ [e.key]: {} }, firstInvocation(e.key)) === undefined) {
    r.report(`'${e.key}' is not an invocation number ("0") or range ("1-3")`, e.keySpan);
    return false;
  }
  const obj = r.object(e.value, `response '${e.key}'`, e.keySpan, ['Return', 'Throw']);
  if (obj === undefined) return false;
  if (obj.properties.length !== 1) {
    r.report(`response '${e.key}' needs exactly one of Return or Throw`, e.span);
    return false;
  }
  const thrown = prop(obj, 'Throw');
  if (thrown === undefined) return prop(obj, 'Return')?.value !== undefined;
  const t = r.object(thrown.value, 'Throw', thrown.keySpan, ['Error', 'Cause']);
  if (t !== undefined && prop(t, 'Error') === undefined) r.report("Throw needs an 'Error' name", thrown.span);
  if (t !== undefined) for (const k of t.properties) r.string(k, `Throw's '${k.key}'`);
  return t !== undefined;
}

function firstInvocation(key: string): number {
  return Number(key.split('-')[0]);
}
