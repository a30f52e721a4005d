/*
 * JSONPath Choice rule operators: comparisons (and their `…Path` twins), StringMatches, the Is* type
 * tests, and the And/Or/Not combinators. Pure data; the shapes table builds the ChoiceRule fields from it.
 */
import type { ChoiceOperatorSpec } from './types';

type Family = 'String' | 'Numeric' | 'Timestamp';

const RELATIONS: readonly [string, string][] = [
  ['Equals', 'equal to'],
  ['LessThan', 'less than'],
  ['GreaterThan', 'greater than'],
  ['LessThanEquals', 'less than or equal to'],
  ['GreaterThanEquals', 'greater than or equal to'],
];

const FAMILY_NOTE: Readonly<Record<Family, string>> = {
  String: 'Strings compare by Unicode code point. A non-string value makes the rule false.',
  Numeric: 'Compares numbers (integers and decimals). A non-number value makes the rule false.',
  Timestamp:
    'Compares RFC 3339 timestamps (e.g. `2026-01-31T12:00:00Z`) as instants. A non-timestamp value makes the rule false.',
};

const OPERAND: Readonly<Record<Family, ChoiceOperatorSpec['operand']>> = {
  String: 'string',
  Numeric: 'number',
  Timestamp: 'timestamp',
};

function comparisons(family: Family): ChoiceOperatorSpec[] {
  const out: ChoiceOperatorSpec[] = [];
  for (const [rel, words] of RELATIONS) {
    const name = `${family}${rel}`;
    out.push({
      name,
      doc: `True when the value of \`Variable\` is ${words} the given value. ${FAMILY_NOTE[family]}`,
      operand: OPERAND[family],
    });
    out.push({
      name: `${name}Path`,
      doc: `Like \`${name}\`, comparing with the value at a reference path (\`$.x\`, \`$$.x\` or \`$var\`).`,
      operand: 'referencePath',
    });
  }
  return out;
}

function typeTest(name: string, what: string): ChoiceOperatorSpec {
  return {
    name,
    doc: `With \`true\`: the rule holds when ${what}. With \`false\`: when it does not.`,
    operand: 'boolean',
  };
}

export const CHOICE_OPERATORS: readonly ChoiceOperatorSpec[] = [
  ...comparisons('String'),
  {
    name: 'StringMatches',
    doc:
      'True when the string value matches the pattern, where `*` matches any sequence of characters (including ' +
      'none). Escape a literal star as `\\*` and a literal backslash as `\\\\` (in JSON text: `"\\\\*"`, ' +
      '`"\\\\\\\\"`). There are no other wildcards.',
    operand: 'pattern',
  },
  ...comparisons('Numeric'),
  { name: 'BooleanEquals', doc: 'True when the value of `Variable` is the given boolean.', operand: 'boolean' },
  {
    name: 'BooleanEqualsPath',
    doc: 'Like `BooleanEquals`, comparing with the boolean at a reference path.',
    operand: 'referencePath',
  },
  ...comparisons('Timestamp'),
  typeTest('IsNull', 'the value is JSON `null`'),
  typeTest('IsPresent', 'the `Variable` path exists in the input (a missing path is not an error here)'),
  typeTest('IsNumeric', 'the value is a number'),
  typeTest('IsString', 'the value is a string'),
  typeTest('IsBoolean', 'the value is a boolean'),
  typeTest('IsTimestamp', 'the value is a string in RFC 3339 timestamp format'),
];

export const CHOICE_OPERATOR_NAMES: readonly string[] = CHOICE_OPERATORS.map((o) => o.name);

/** Boolean combinators: And/Or take a non-empty array of nested rules, Not takes one nested rule. */
export const COMBINATOR_NAMES: readonly string[] = ['And', 'Or', 'Not'];
