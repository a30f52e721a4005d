/*
 * Intrinsic function call parser. Stub.
 */
import type { ExprError, IntrinsicCall } from './types';

export function parseIntrinsic(text: string): { ast?: IntrinsicCall; errors: ExprError[] } {
  return { errors: [{ message: 'not implemented', start: 0, end: text.length }] };
}

/** Cheap test used to decide whether a `.$` value is an intrinsic call rather than a path. */
export function isIntrinsicCall(text: string): boolean {
  return /^\s*States\./.test(text);
}
