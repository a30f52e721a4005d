/*
 * `asl test --update` (snapshot mode): writes each case's actual output into its `output`
 * expectation by editing the test file's text at the located range (replacing the value, or
 * adding `output` to `expect`), so comments, order and the rest of the formatting stay as written.
 * JSON files get pretty JSON; YAML files a flow value when short, else a block. Pure.
 */
import { stringify } from 'yaml';
import { LineIndex } from '../asl/lines';
import type { Json } from '../interpreter/value';
import type { ExpectBlock, TestFile } from './model';
import { parseTestFile } from './testFile';

export interface UpdateResult {
  readonly text: string;
  /** Names of the cases whose `output` was written. */
  readonly updated: readonly string[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The file's text with `outputs` (by case name) written in; unchanged when nothing differs. */
export function updateOutputs(
  file: TestFile,
  outputs: ReadonlyMap<string, Json>,
  fileName: string,
): UpdateResult | string {
  const lines = new LineIndex(file.text);
  const edits: Edit[] = [];
  const updated: string[] = [];
  for (const c of file.cases) {
    const actual = outputs.get(c.name);
    if (actual === undefined || c.expect === undefined || alreadyEqual(c.expectations, actual)) continue;
    edits.push(editFor(c.expect, actual, file.format, lines));
    updated.push(c.name);
  }
  let text = file.text;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const check = parseTestFile(text, fileName);
  if (check.problems.length > 0)
    return `the updated file would not parse (${check.problems[0].message}); it was left as it is`;
  return { text, updated };
}

function alreadyEqual(expectations: TestFile['cases'][number]['expectations'], actual: Json): boolean {
  const output = expectations.find((e) => e.kind === 'output');
  return output?.kind === 'output' && JSON.stringify(output.expected) === JSON.stringify(actual);
}

function editFor(block: ExpectBlock, value: Json, format: 'json' | 'yaml', lines: LineIndex): Edit {
  const indent = ' '.repeat(block.keyColumn);
  const rendered = format === 'json' ? jsonValue(value, indent, block.multiline) : yamlValue(value, indent, block.flow);
  if (block.output !== undefined)
    return { start: block.output.keyEnd, end: block.output.valueEnd, text: `:${rendered}` };
  const at = block.lastPropertyEnd;
  const empty = at === block.span.start + 1;
  const key = format === 'json' ? '"output"' : 'output';
  if (block.flow && empty) return { start: at, end: at, text: ` ${key}:${rendered} ` };
  if (block.flow && (format === 'yaml' || !block.multiline))
    return { start: at, end: at, text: `, ${key}:${rendered}` };
  const comma = format === 'json' && !empty ? ',' : '';
  const newline = lines.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: at, end: at, text: `${comma}${newline}${indent}${key}:${rendered}` };
}

/** ` <pretty JSON>`, continuation lines indented under the key; on one line in an object written on one line. */
function jsonValue(value: Json, indent: string, multiline: boolean): string {
  if (!multiline) return ' ' + JSON.stringify(value);
  return ' ' + JSON.stringify(value, null, 2).split('\n').join(`\n${indent}`);
}

/** ` <flow JSON>` when short or inside a flow mapping, else a block under the key. */
function yamlValue(value: Json, indent: string, flow: boolean): string {
  const compact = JSON.stringify(value);
  if (flow || compact.length <= 80 || value === null || typeof value !== 'object') return ' ' + compact;
  const block = stringify(value, { lineWidth: 0 }).trimEnd().split('\n');
  return block.map((line) => `\n${indent}  ${line}`).join('');
}
