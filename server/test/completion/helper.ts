/*
 * Test helper for completion: a fixture with a `|` cursor marker → the completion list and labels.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { parseAsl } from '../../src/asl/parse';
import type { SourceFormat } from '../../src/asl/types';
import { doComplete } from '../../src/service/completion';

export interface Completed {
  readonly list: CompletionList;
  readonly labels: string[];
  readonly doc: TextDocument;
  item(label: string): CompletionItem;
  /** The document text after applying an item's edits (snippet syntax left as is). */
  apply(label: string): string;
}

export function completeAt(text: string, format: SourceFormat = 'json'): Completed {
  const offset = text.indexOf('|');
  if (offset < 0) throw new Error('fixture has no | cursor');
  const source = text.slice(0, offset) + text.slice(offset + 1);
  const doc = TextDocument.create(`file:///test.asl.${format}`, format === 'yaml' ? 'asl-yaml' : 'asl', 1, source);
  const list = doComplete(doc, parseAsl(source, format), doc.positionAt(offset));
  const item = (label: string): CompletionItem => {
    const found = list.items.find((i) => i.label === label);
    if (found === undefined) throw new Error(`no item ${label} in [${list.items.map((i) => i.label).join(', ')}]`);
    return found;
  };
  const apply = (label: string): string => {
    const it = item(label);
    const edits = [it.textEdit as TextEdit, ...(it.additionalTextEdits ?? [])];
    return TextDocument.applyEdits(doc, edits);
  };
  return { list, labels: list.items.map((i) => i.label), doc, item, apply };
}

/** Labels of the completion items at the `|` marker. */
export function complete(text: string, format: SourceFormat = 'json'): string[] {
  return completeAt(text, format).labels;
}

/** Labels sorted as a client would show them (sortText, then label). */
export function sorted(text: string, format: SourceFormat = 'json'): string[] {
  const items = [...completeAt(text, format).list.items];
  items.sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  return items.map((i) => i.label);
}
