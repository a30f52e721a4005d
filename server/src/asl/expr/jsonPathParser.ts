/*
 * JSONPath parser (Jayway dialect). Stub.
 */
import type { ExprError, JsonPathAst } from './types';

export function parseJsonPath(text: string): { ast?: JsonPathAst; errors: ExprError[] } {
  return { errors: [{ message: 'not implemented', start: 0, end: text.length }] };
}

export function isReferencePath(text: string): boolean {
  return parseJsonPath(text).ast?.reference === true;
}
