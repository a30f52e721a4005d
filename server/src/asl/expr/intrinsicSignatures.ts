/*
 * The intrinsic functions AWS Step Functions offers, with their arity, as data: the validator
 * checks names and argument counts from this table, the interpreter dispatches on the same names.
 */

export interface IntrinsicSignature {
  readonly name: string;
  readonly minArgs: number;
  /** Infinity for variadic functions. */
  readonly maxArgs: number;
  readonly doc: string;
}

const sig = (name: string, minArgs: number, maxArgs: number, doc: string): IntrinsicSignature => ({ name, minArgs, maxArgs, doc });

export const INTRINSIC_SIGNATURES: ReadonlyMap<string, IntrinsicSignature> = new Map(
  [
    sig('States.Format', 1, Infinity, "States.Format('template {}', value, ...): replaces each {} with the next value."),
    sig('States.StringToJson', 1, 1, 'States.StringToJson(string): parses a JSON string.'),
    sig('States.JsonToString', 1, 1, 'States.JsonToString(value): serializes a value to a compact JSON string.'),
    sig('States.Array', 0, Infinity, 'States.Array(value, ...): an array of the arguments.'),
    sig('States.ArrayPartition', 2, 2, 'States.ArrayPartition(array, chunkSize): splits an array into chunks.'),
    sig('States.ArrayContains', 2, 2, 'States.ArrayContains(array, value): true if the array contains the value.'),
    sig('States.ArrayRange', 3, 3, 'States.ArrayRange(start, end, step): integers from start to end inclusive (at most 1000).'),
    sig('States.ArrayGetItem', 2, 2, 'States.ArrayGetItem(array, index): the element at index.'),
    sig('States.ArrayLength', 1, 1, 'States.ArrayLength(array): the number of elements.'),
    sig('States.ArrayUnique', 1, 1, 'States.ArrayUnique(array): the array without duplicate values.'),
    sig('States.Base64Encode', 1, 1, 'States.Base64Encode(string): Base64 of the string (at most 10,000 characters).'),
    sig('States.Base64Decode', 1, 1, 'States.Base64Decode(string): decodes Base64 data (at most 10,000 characters).'),
    sig('States.Hash', 2, 2, "States.Hash(data, algorithm): hex digest; algorithm is 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512'."),
    sig('States.JsonMerge', 3, 3, 'States.JsonMerge(object1, object2, false): shallow merge, object2 wins.'),
    sig('States.MathRandom', 2, 3, 'States.MathRandom(start, end[, seed]): a random integer from start (inclusive) to end (exclusive).'),
    sig('States.MathAdd', 2, 2, 'States.MathAdd(a, b): the sum of two integers.'),
    sig('States.StringSplit', 2, 2, 'States.StringSplit(string, delimiters): splits on any of the delimiter characters.'),
    sig('States.UUID', 0, 0, 'States.UUID(): a version 4 UUID.'),
  ].map((s) => [s.name, s]),
);
