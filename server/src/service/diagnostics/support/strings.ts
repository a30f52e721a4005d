/*
 * Maps offsets inside a string *value* back to the document text, across escapes (JSON `\n`,
 * `\uXXXX`, YAML `''`), so that errors inside JSONPath/JSONata/intrinsics point at the right column.
 */
import type { AslScalarNode, Span } from '../../../asl/types';
import type { SourceText } from '../../../asl/text';

/**
 * Document offset of the character at `valueOffset` in the decoded string value of `node`. Reads
 * only the node's own text (a window of the document: the whole text need not be built).
 */
export function textOffset(text: SourceText, node: AslScalarNode, valueOffset: number): number {
  const { start, end } = node.contentSpan;
  const value = typeof node.value === 'string' ? node.value : '';
  if (valueOffset <= 0) return start;
  if (end - start === value.length) return Math.min(start + valueOffset, end);
  const from = Math.max(0, start - 1);
  const raw = text.slice(from, end + 1); // the content with the quote before it and the character after it
  const quote = start > 0 ? raw[0] : undefined;
  if (quote !== '"' && quote !== "'") return from + alignedOffset(raw, start - from, end - from, value, valueOffset);
  const singleQuoted = quote === "'";
  let i = start - from;
  let decoded = 0;
  while (i < end - from && decoded < valueOffset) {
    i += escapeLength(raw, i, singleQuoted);
    decoded++;
  }
  return from + Math.min(i, end - from);
}

/**
 * Unquoted multi-line scalars (YAML plain and block scalars): walk the text and the value
 * together, skipping the indentation and line breaks that folding removed or changed.
 */
function alignedOffset(text: string, start: number, end: number, value: string, valueOffset: number): number {
  let i = start;
  let d = 0;
  while (i < end && d < valueOffset) {
    const c = text[i];
    if (c === value[d]) d++;
    else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') d++;
    else if (value[d] === ' ' && (c === '\n' || c === '\r')) d++; // folded line break
    i++;
  }
  return Math.min(i, end);
}

function escapeLength(text: string, i: number, singleQuoted: boolean): number {
  const c = text[i];
  if (singleQuoted) return c === "'" && text[i + 1] === "'" ? 2 : 1;
  if (c !== '\\') return 1;
  switch (text[i + 1]) {
    case 'u':
      return 6;
    case 'x':
      return 4;
    default:
      return 2;
  }
}

/** Document span of [valueStart, valueEnd) in the decoded string value of `node`. */
export function textSpan(text: SourceText, node: AslScalarNode, valueStart: number, valueEnd: number): Span {
  const start = textOffset(text, node, valueStart);
  const end = Math.max(start, textOffset(text, node, valueEnd));
  return { start, end };
}
