/*
 * Test helpers for service features: inline fixtures with a `|` cursor marker, parsed into the
 * TextDocument + AslDocument pair every feature takes, and edit application.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { parseAsl } from '../../src/asl/parse';
import type { AslDocument, SourceFormat } from '../../src/asl/types';

export const URI = 'file:///test/machine.asl.json';

export interface Fixture {
  readonly doc: TextDocument;
  readonly asl: AslDocument;
  /** Position of the `|` marker (removed from the text), or 0:0 without one. */
  readonly position: Position;
  readonly offset: number;
}

export function fixture(source: string, format: SourceFormat = 'json'): Fixture {
  const offset = source.indexOf('|');
  const text = offset < 0 ? source : source.slice(0, offset) + source.slice(offset + 1);
  const uri = format === 'yaml' ? URI.replace('.json', '.yaml') : URI;
  const doc = TextDocument.create(uri, format === 'yaml' ? 'asl-yaml' : 'asl', 1, text);
  return {
    doc,
    asl: parseAsl(text, format),
    position: doc.positionAt(Math.max(0, offset)),
    offset: Math.max(0, offset),
  };
}

/** The text covered by a range. */
export function textAt(doc: TextDocument, range: Range): string {
  return doc.getText(range);
}

export function applyEdits(doc: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(doc, [...edits]);
}

export function applyWorkspaceEdit(doc: TextDocument, edit: WorkspaceEdit | null | undefined): string {
  return applyEdits(doc, edit?.changes?.[doc.uri] ?? []);
}

/** A small machine with a Choice, a Catch, a Parallel with two branches and a Map. */
export const MACHINE = `{
  "StartAt": "Check",
  "States": {
    "Check": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Work" }],
      "Default": "Done"
    },
    "Work": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Done" }],
      "Next": "Fan"
    },
    "Fan": {
      "Type": "Parallel",
      "Branches": [
        { "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "B" }, "B": { "Type": "Succeed" } } },
        { "StartAt": "C", "States": { "C": { "Type": "Pass", "End": true } } }
      ],
      "Next": "Each"
    },
    "Each": {
      "Type": "Map",
      "ItemProcessor": { "StartAt": "Item", "States": { "Item": { "Type": "Pass", "End": true } } },
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}`;

/** MACHINE with a `|` inserted after the n-th occurrence of `needle` plus `shift` characters. */
export function mark(source: string, needle: string, occurrence = 0, shift = 1): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`needle not found: ${needle}`);
  return source.slice(0, at + shift) + '|' + source.slice(at + shift);
}
