/*
 * Value kinds of the spec tables (ValueKind) checked against syntax-tree nodes, and described in
 * words for messages. Pure helpers shared by the structural rules.
 */
import { placeholderName } from '../../../asl/placeholders';
import type { AslNode, AslObjectNode, AslState, Span } from '../../../asl/types';
import type { ValueKind } from '../../../asl/spec';

export function isJsonataString(node: AslNode): boolean {
  if (node.kind !== 'string') return false;
  const v = node.value as string;
  return v.length >= 4 && v.startsWith('{%') && v.endsWith('%}');
}

export function matchesKind(kind: ValueKind, node: AslNode, field: string): boolean {
  if (placeholderName(node) !== undefined) return true; // SAM / CloudFormation / CDK fill it in before AWS sees it
  switch (kind) {
    case 'any':
      return true;
    case 'string':
    case 'stateName':
    case 'timestamp':
    case 'intrinsic':
      return node.kind === 'string';
    case 'integer':
      return node.kind === 'number' && Number.isInteger(node.value);
    case 'number':
      return node.kind === 'number';
    case 'boolean':
      return node.kind === 'boolean';
    case 'object':
    case 'payloadTemplate':
      return node.kind === 'object';
    case 'array':
      return node.kind === 'array';
    case 'path':
      return node.kind === 'string' || node.kind === 'null';
    case 'referencePath':
      return node.kind === 'string' || (node.kind === 'null' && field === 'ResultPath');
    case 'jsonata':
      return isJsonataString(node);
  }
  return true;
}

const WORDS: Readonly<Record<ValueKind, string>> = {
  any: 'any JSON value',
  string: 'a string',
  stateName: 'a state name',
  timestamp: 'an RFC 3339 timestamp string',
  intrinsic: 'an intrinsic function call',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  payloadTemplate: 'an object',
  array: 'an array',
  path: 'a JSONPath string',
  referencePath: 'a reference path string',
  jsonata: 'a "{% %}" JSONata expression',
};

export function describeKinds(kinds: readonly ValueKind[]): string {
  const words = [...new Set(kinds.map((k) => WORDS[k] ?? k))];
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Where to report a problem about a whole object: the state name, the key holding it, or its start. */
export function objectAnchor(node: AslObjectNode, state?: AslState): Span {
  if (state && state.node === node) return state.nameSpan;
  const parent = node.parent;
  if (parent && 'key' in parent) return parent.keySpan;
  return { start: node.span.start, end: Math.min(node.span.end, node.span.start + 1) };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The ASL timestamp profile of RFC 3339: uppercase T, and Z or a numeric offset. */
export function isTimestamp(value: string): boolean {
  if (!TIMESTAMP.test(value)) return false;
  return !Number.isNaN(Date.parse(value));
}
