/*
 * Choice rule shapes: 'ChoiceRule' (an element of Choices; JSONPath and JSONata fields tagged by language)
 * and 'NestedChoiceRule' (inside And/Or/Not; JSONPath only, no Next). Built from CHOICE_OPERATORS.
 */
import type { FieldSpec, ObjectShapeSpec, ValueKind } from './types';
import { ASSIGN, BOTH, COMMENT, JSONATA_ONLY, JSONPATH_ONLY, byName, field } from './fields';
import { CHOICE_OPERATORS, CHOICE_OPERATOR_NAMES, COMBINATOR_NAMES } from './choiceOperators';

const OPERAND_KIND: Readonly<Record<string, ValueKind>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  timestamp: 'timestamp',
  referencePath: 'referencePath',
  pattern: 'string',
};

const VARIABLE = field(
  'Variable',
  'Reference path to the value to test (`$.x`, `$$.x` or `$var`). A path that matches nothing fails the ' +
    'execution with `States.Runtime`, except with `IsPresent`.',
  ['referencePath'],
  JSONPATH_ONLY,
);

const OPERATOR_FIELDS: FieldSpec[] = CHOICE_OPERATORS.map((o) =>
  field(o.name, o.doc, [OPERAND_KIND[o.operand] ?? 'any'], JSONPATH_ONLY),
);

const COMBINATOR_FIELDS: FieldSpec[] = [
  field(
    'And',
    'True when every nested rule is true (evaluated in order, stopping at the first false).',
    ['array'],
    JSONPATH_ONLY,
    {
      itemShape: 'NestedChoiceRule',
    },
  ),
  field(
    'Or',
    'True when at least one nested rule is true (evaluated in order, stopping at the first true).',
    ['array'],
    JSONPATH_ONLY,
    {
      itemShape: 'NestedChoiceRule',
    },
  ),
  field('Not', 'True when the nested rule is false.', ['object'], JSONPATH_ONLY, { shape: 'NestedChoiceRule' }),
];

const TESTS = [...CHOICE_OPERATOR_NAMES, ...COMBINATOR_NAMES];

export const CHOICE_SHAPES: Readonly<Record<string, ObjectShapeSpec>> = {
  ChoiceRule: {
    name: 'ChoiceRule',
    doc:
      'A Choice rule. JSONPath: `Variable` with one comparison operator, or one of `And`/`Or`/`Not`. ' +
      'JSONata: a `Condition` expression. Either way `Next` names the state to go to when the rule matches.',
    fields: byName([
      field(
        'Condition',
        'JSONata mode: a `{% %}` expression that must evaluate to a boolean; the rule matches when it is `true`.',
        ['jsonata', 'boolean'],
        JSONATA_ONLY,
      ),
      VARIABLE,
      ...OPERATOR_FIELDS,
      ...COMBINATOR_FIELDS,
      field('Next', 'State to go to when this rule matches.', ['stateName']),
      field(
        'Assign',
        "Variables to set when this rule matches (in addition to the Choice state's own `Assign`).",
        ASSIGN.kinds,
        BOTH,
      ),
      field(
        'Output',
        "JSONata mode: the state's output when this rule matches (instead of the Choice state's own `Output`). " +
          'Not in the developer guide, but AWS accepts and runs it.',
        ['any', 'jsonata'],
        JSONATA_ONLY,
      ),
      COMMENT,
    ]),
    constraints: {
      required: [{ fields: ['Next'] }, { fields: ['Condition'], languages: JSONATA_ONLY }],
      exactlyOneOf: [{ fields: TESTS, languages: JSONPATH_ONLY }],
    },
  },
  NestedChoiceRule: {
    name: 'NestedChoiceRule',
    doc: 'A rule nested in `And`, `Or` or `Not` (JSONPath): `Variable` with one operator, or a combinator. No `Next`.',
    fields: byName([VARIABLE, ...OPERATOR_FIELDS, ...COMBINATOR_FIELDS, { ...COMMENT, languages: JSONPATH_ONLY }]),
    constraints: { exactlyOneOf: [{ fields: TESTS, languages: JSONPATH_ONLY }] },
  },
};
