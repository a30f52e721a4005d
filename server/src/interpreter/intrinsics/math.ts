/*
 * Intrinsics for math: States.MathRandom(start, end[, seed]) — an integer in [start, end), seeded
 * runs repeat; without a seed it draws from the execution's seeded random — and States.MathAdd,
 * on integers in [-2^31, 2^31 - 1]. Non-integers are rounded first (Math.round, as Java's).
 */
import { Failure } from '../failure';
import { type IntrinsicImpl, argInteger, intrinsicFailure } from './support';
import { seededRandom } from '../random';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

const mathAdd: IntrinsicImpl = (input) => {
  const a = argInteger(input, 0);
  if (a instanceof Failure) return a;
  const b = argInteger(input, 1);
  if (b instanceof Failure) return b;
  if (a < INT_MIN || a > INT_MAX || b < INT_MIN || b > INT_MAX) {
    return intrinsicFailure(input.name, 'the values must be integers between -2147483648 and 2147483647');
  }
  return a + b;
};

const mathRandom: IntrinsicImpl = (input) => {
  const start = argInteger(input, 0);
  if (start instanceof Failure) return start;
  const end = argInteger(input, 1);
  if (end instanceof Failure) return end;
  if (end <= start) return intrinsicFailure(input.name, 'the start must be less than the end');
  let random = input.scope.random;
  if (input.args.length > 2) {
    const seed = argInteger(input, 2);
    if (seed instanceof Failure) return seed;
    random = seededRandom(seed);
  }
  return start + Math.floor(random() * (end - start));
};

export const MATH_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.MathAdd': mathAdd,
  'States.MathRandom': mathRandom,
};
