/*
 * Small text utilities for building edits: indentation detection, line bounds, the JSON path of a
 * model node (for jsonc-parser's modify). Pure; no LSP, never throws.
 */

export interface Indentation {
  readonly insertSpaces: boolean;
  readonly tabSize: number;
  /** One level of indentation as text. */
  readonly unit: string;
}

/** Guesses the document's indentation from its first indented lines (default: two spaces). */
export function detectIndentation(text: string): Indentation {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let smallest = Number.MAX_SAFE_INTEGER;
  for (const match of sample.matchAll(/\n([ \t]+)\S/g)) {
    if (match[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, unit: '\t' };
    smallest = Math.min(smallest, match[1].length);
  }
  const size = smallest === Number.MAX_SAFE_INTEGER || smallest > 8 ? 2 : smallest;
  return { insertSpaces: true, tabSize: size, unit: ' '.repeat(size) };
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEnd(text: string, offset: number): number {
  let i = Math.max(0, offset);
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset just after the line break ending the line holding `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

/** The whitespace that starts the line holding `offset`. */
export function indentOfLine(text: string, offset: number): string {
  const start = lineStart(text, offset);
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(start, i);
}

/** Column (in characters) of `offset` in its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The line break the document uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
