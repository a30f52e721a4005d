/*
 * Completion and hover never throw and always return well-formed edits: every offset of realistic
 * fixtures, every truncation, and random mutations (fast-check). Uses the unguarded entry points.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { parseAsl } from '../../src/asl/parse';
import type { SourceFormat } from '../../src/asl/types';
import { doComplete } from '../../src/service/completion';
import { doHover } from '../../src/service/hover';

const JSON_DOC = `{
  "Comment": "robustness",
  "StartAt": "T",
  "States": {
    "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": { "p.$": "States.Format('{}', $$.Execution.Id)" },
      "Retry": [{ "ErrorEquals": ["States.ALL"], "JitterStrategy": "FULL" }], "Catch": [{ "ErrorEquals": ["E"], "Next": "F" }], "Next": "C" },
    "C": { "Type": "Choice", "Choices": [{ "And": [{ "Variable": "$v", "IsPresent": true }], "Next": "M" }], "Default": "F" },
    "M": { "Type": "Map", "ItemSelector": { "i.$": "$$.Map.Item.Index" }, "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
      "StartAt": "I", "States": { "I": { "Type": "Pass", "End": true } } }, "Next": "P" },
    "P": { "Type": "Parallel", "Branches": [{ "StartAt": "B", "States": { "B": { "Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input %}", "End": true } } }], "End": true },
    "F": { "Type": "Fail", "Error": "E", "Cause": "c" }
  }
}`;

const YAML_DOC = `QueryLanguage: JSONata
StartAt: T
States:
  T:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Arguments:
      p: '{% $uppercase($states.input.name) %}'
    Assign:
      x: "{% $states.result.Payload %}"
    Catch:
      - ErrorEquals: [States.ALL]
        Output: '{% $states.errorOutput %}'
        Next: W
    Next: W
  W:
    Type: Wait
    Seconds: 1
    End: true
`;

function check(text: string, format: SourceFormat, offsets: Iterable<number>): void {
  const doc = TextDocument.create(`file:///r.asl.${format}`, 'asl', 1, text);
  const asl = parseAsl(text, format);
  for (const offset of offsets) {
    const position = doc.positionAt(offset);
    const list = doComplete(doc, asl, position);
    for (const item of list.items) {
      assert.equal(typeof item.label, 'string');
      const edit = item.textEdit as TextEdit | undefined;
      if (edit !== undefined) wellFormed(edit, position, `${format} @${offset} ${item.label}`);
    }
    const h = doHover(doc, asl, position);
    if (h !== null) assert.ok(h.range !== undefined && typeof (h.contents as { value: string }).value === 'string');
  }
}

function wellFormed(edit: TextEdit, position: Position, where: string): void {
  const { start, end } = edit.range;
  assert.equal(start.line, position.line, `${where}: single line`);
  assert.equal(end.line, position.line, `${where}: single line`);
  assert.ok(
    start.character <= position.character && position.character <= end.character,
    `${where}: contains the cursor`,
  );
}

const range = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i);

test('every offset of a JSON and a YAML fixture', () => {
  check(JSON_DOC, 'json', range(JSON_DOC.length));
  check(YAML_DOC, 'yaml', range(YAML_DOC.length));
});

test('every truncation, completed at its end', () => {
  for (let n = 0; n <= JSON_DOC.length; n += 3) check(JSON_DOC.slice(0, n), 'json', [n]);
  for (let n = 0; n <= YAML_DOC.length; n += 2) check(YAML_DOC.slice(0, n), 'yaml', [n]);
});

test('random mutations at random offsets', () => {
  const mutated = (base: string) =>
    fc
      .tuple(fc.nat(base.length), fc.nat(40), fc.string({ maxLength: 12 }), fc.nat(base.length + 12))
      .map(([at, cut, insert, cursor]) => {
        const text = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
        return { text, cursor: Math.min(cursor, text.length) };
      });
  fc.assert(
    fc.property(mutated(JSON_DOC), ({ text, cursor }) => check(text, 'json', [cursor])),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(mutated(YAML_DOC), ({ text, cursor }) => check(text, 'yaml', [cursor])),
    { numRuns: 300 },
  );
});

test('odd inputs: empty, scalars, arrays, deep nesting', () => {
  for (const [text, format] of [
    ['', 'json'],
    ['', 'yaml'],
    ['42', 'json'],
    ['[1, {"a": ', 'json'],
    ['- a\n- ', 'yaml'],
    ['{'.repeat(500), 'json'],
    ['a:\n'.repeat(50), 'yaml'],
  ] as const) {
    check(text, format, range(Math.min(text.length, 60)));
  }
});
