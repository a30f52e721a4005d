/*
 * Matching an error name, a cause or a selected string: exactly, by substring, or by a regular
 * expression on the linear-time engine (RE2) the interpreter runs every definition regex on. Pure.
 */
import { compileLinearRegex } from '../asl/expr/linearRegex';
import type { TextMatcher } from './model';

export function describeMatcher(m: TextMatcher): string {
  if (m.kind === 'equals') return JSON.stringify(m.text);
  if (m.kind === 'contains') return `containing ${JSON.stringify(m.text)}`;
  return `matching /${m.pattern}/`;
}

export function matchText(m: TextMatcher, text: string): boolean {
  if (m.kind === 'equals') return text === m.text;
  if (m.kind === 'contains') return text.includes(m.text);
  return regexFinds(m.pattern, text);
}

/** True when the pattern (JavaScript syntax, RE2 semantics) matches somewhere in `text`. */
export function regexFinds(pattern: string, text: string): boolean {
  const compiled = compileLinearRegex(pattern, '', 'javascript');
  return typeof compiled !== 'string' && compiled.matcher(text).find();
}
