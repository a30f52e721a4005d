/*
 * Intrinsic function names and arities, derived from the ASL facts table (asl/spec/intrinsics.ts),
 * the single source of truth: the checks and the interpreter's dispatch use the same names.
 */
import { INTRINSIC_FUNCTIONS } from '../spec/intrinsics';

export interface IntrinsicSignature {
  readonly name: string;
  readonly minArgs: number;
  /** Infinity for variadic functions. */
  readonly maxArgs: number;
  readonly doc: string;
}

export const INTRINSIC_SIGNATURES: ReadonlyMap<string, IntrinsicSignature> = new Map(
  INTRINSIC_FUNCTIONS.map((f) => [
    f.name,
    { name: f.name, minArgs: f.minArgs, maxArgs: f.maxArgs ?? Infinity, doc: f.doc },
  ]),
);
