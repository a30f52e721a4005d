/*
 * Intrinsics for arrays: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem,
 * ArrayLength, ArrayUnique. Results share the elements of their inputs (no copies).
 */
import { Failure } from '../failure';
import { type Json, jsonEquals } from '../value';
import { type IntrinsicImpl, argArray, argInteger, intrinsicFailure } from './support';

export const MAX_RANGE_ITEMS = 1000;

const array: IntrinsicImpl = ({ args }) => args.slice();

const arrayPartition: IntrinsicImpl = (input) => {
  const arr = argArray(input, 0);
  const size = argInteger(input, 1);
  if (arr instanceof Failure) return arr;
  if (size instanceof Failure) return size;
  if (size <= 0) return intrinsicFailure(input.name, 'the chunk size must be a positive integer');
  const chunks: Json[] = [];
  for (let i = 0; i < arr.length; i += size) chunks.push(arr.slice(i, i + size));
  return chunks;
};

const arrayContains: IntrinsicImpl = (input) => {
  const arr = argArray(input, 0);
  if (arr instanceof Failure) return arr;
  const needle = input.args[1];
  return arr.some((item) => jsonEquals(item, needle));
};

const arrayRange: IntrinsicImpl = (input) => {
  const [start, end, step] = [argInteger(input, 0), argInteger(input, 1), argInteger(input, 2)];
  if (start instanceof Failure) return start;
  if (end instanceof Failure) return end;
  if (step instanceof Failure) return step;
  if (step === 0) return intrinsicFailure(input.name, 'the step must not be 0');
  const count = (end - start) / step < 0 ? 0 : Math.floor((end - start) / step) + 1;
  if (count > MAX_RANGE_ITEMS)
    return intrinsicFailure(input.name, `the range would have ${count} items, more than ${MAX_RANGE_ITEMS}`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(start + i * step);
  return out;
};

const arrayGetItem: IntrinsicImpl = (input) => {
  const arr = argArray(input, 0);
  const index = input.args[1];
  if (arr instanceof Failure) return arr;
  if (typeof index !== 'number' || !Number.isInteger(index))
    return intrinsicFailure(input.name, 'the index must be an integer');
  if (index < 0 || index >= arr.length)
    return intrinsicFailure(input.name, `the index ${index} is out of range for an array of ${arr.length} items`);
  return arr[index];
};

const arrayLength: IntrinsicImpl = (input) => {
  const arr = argArray(input, 0);
  return arr instanceof Failure ? arr : arr.length;
};

const arrayUnique: IntrinsicImpl = (input) => {
  const arr = argArray(input, 0);
  if (arr instanceof Failure) return arr;
  const seenScalars = new Set<string>();
  const out: Json[] = [];
  for (const item of arr) {
    if (item === null || typeof item !== 'object') {
      const key = `${typeof item}:${String(item)}`;
      if (!seenScalars.has(key)) out.push(item);
      seenScalars.add(key);
    } else if (!out.some((o) => jsonEquals(o, item))) {
      out.push(item);
    }
  }
  return out;
};

export const ARRAY_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.Array': array,
  'States.ArrayPartition': arrayPartition,
  'States.ArrayContains': arrayContains,
  'States.ArrayRange': arrayRange,
  'States.ArrayGetItem': arrayGetItem,
  'States.ArrayLength': arrayLength,
  'States.ArrayUnique': arrayUnique,
};
