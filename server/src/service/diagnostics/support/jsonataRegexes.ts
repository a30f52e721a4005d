/*
 * The first regex literal of a parsed JSONata expression that the linear-time engine cannot run
 * (backreferences, lookaround...): AWS accepts it, ASL Studio refuses it when evaluating, so the
 * validator warns. Walks the jsonata AST without recursion.
 */
import type jsonata from 'jsonata';
import { compileLinearRegex } from '../../../asl/expr/linearRegex';

export interface UnsupportedRegex {
  readonly message: string;
  /** Offsets in the expression text. */
  readonly start: number;
  readonly end: number;
}

export function unsupportedRegex(ast: jsonata.ExprNode): UnsupportedRegex | undefined {
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    const n = node as { type?: unknown; value?: unknown; position?: unknown };
    if (n.type === 'regex' && n.value instanceof RegExp) {
      const found = check(n.value, typeof n.position === 'number' ? n.position : 0);
      if (found) return found;
      continue;
    }
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') pending.push(child);
  }
  return undefined;
}

function check(regex: RegExp, end: number): UnsupportedRegex | undefined {
  const flags = regex.flags.replace('g', '');
  const compiled = compileLinearRegex(regex.source, flags, 'javascript');
  if (typeof compiled !== 'string') return undefined;
  return { message: compiled, start: Math.max(0, end - regex.source.length - 2 - flags.length), end };
}
