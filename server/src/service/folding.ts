/*
 * Folding ranges for every object and array that spans several lines (JSON and YAML alike; for
 * JSON the closing bracket's line stays visible). Iterative, so deep nesting cannot overflow. Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { AslDocument, AslNode } from '../asl/types';

export function getFoldingRanges(
  textDocument: TextDocument,
  asl: AslDocument,
  rangeLimit = Number.MAX_SAFE_INTEGER,
): FoldingRange[] {
  const out: FoldingRange[] = [];
  const stack: AslNode[] = asl.root === undefined ? [] : [asl.root];
  while (stack.length > 0 && out.length < rangeLimit) {
    const node = stack.pop() as AslNode;
    if (node.kind === 'object') {
      for (let i = node.properties.length - 1; i >= 0; i--) {
        const value = node.properties[i].value;
        if (value !== undefined) stack.push(value);
      }
    } else if (node.kind === 'array') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else continue;
    const range = foldingRange(textDocument, asl, node);
    if (range !== undefined) out.push(range);
  }
  return out;
}

function foldingRange(textDocument: TextDocument, asl: AslDocument, node: AslNode): FoldingRange | undefined {
  const { start, end } = node.span;
  if (end <= start) return undefined;
  const startLine = textDocument.positionAt(start).line;
  const last = asl.text[end - 1];
  const bracketed = last === '}' || last === ']';
  let endLine = textDocument.positionAt(end - 1).line;
  if (bracketed) endLine -= 1;
  return endLine > startLine ? { startLine, endLine } : undefined;
}
