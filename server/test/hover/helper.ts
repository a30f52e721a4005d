/*
 * Test helper for hover: a fixture with a `|` marker → the hover markdown and the hovered text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { parseAsl } from '../../src/asl/parse';
import type { SourceFormat } from '../../src/asl/types';
import { doHover } from '../../src/service/hover';

export interface Hovered {
  readonly markdown: string;
  /** The document text covered by the hover range. */
  readonly token: string;
}

export function hover(text: string, format: SourceFormat = 'json'): Hovered | null {
  const offset = text.indexOf('|');
  if (offset < 0) throw new Error('fixture has no | cursor');
  const source = text.slice(0, offset) + text.slice(offset + 1);
  const doc = TextDocument.create(`file:///test.asl.${format}`, 'asl', 1, source);
  const h = doHover(doc, parseAsl(source, format), doc.positionAt(offset));
  if (h === null) return null;
  const range = h.range!;
  return {
    markdown: (h.contents as MarkupContent).value,
    token: source.slice(doc.offsetAt(range.start), doc.offsetAt(range.end)),
  };
}
