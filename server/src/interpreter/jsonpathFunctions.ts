/*
 * Jayway's argument-less path functions (`$.items.length()`, `$.prices.sum()`, ...), applied to
 * what the rest of the path selected. A function that cannot apply (an empty aggregate, a
 * wrong type) yields undefined, i.e. "no result".
 */
import type { JsonPathFunction } from '../asl/expr';
import { type Json, isJsonObject } from './value';

export function applyPathFunction(fn: JsonPathFunction, value: Json | undefined): Json | undefined {
  if (value === undefined) return undefined;
  switch (fn) {
    case 'length':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      return isJsonObject(value) ? Object.keys(value).length : undefined;
    case 'keys':
      return isJsonObject(value) ? Object.keys(value) : undefined;
    case 'first':
      return Array.isArray(value) && value.length > 0 ? value[0] : undefined;
    case 'last':
      return Array.isArray(value) && value.length > 0 ? value[value.length - 1] : undefined;
    default:
      return aggregate(fn, value);
  }
}

function aggregate(fn: 'min' | 'max' | 'avg' | 'stddev' | 'sum', value: Json): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const numbers = value.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return undefined;
  const sum = numbers.reduce((a, b) => a + b, 0);
  const avg = sum / numbers.length;
  switch (fn) {
    case 'min':
      return Math.min(...numbers);
    case 'max':
      return Math.max(...numbers);
    case 'sum':
      return sum;
    case 'avg':
      return avg;
    case 'stddev':
      return Math.sqrt(numbers.reduce((a, b) => a + (b - avg) * (b - avg), 0) / numbers.length);
  }
}
