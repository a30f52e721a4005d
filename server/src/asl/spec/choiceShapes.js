"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHOICE_SHAPES = void 0;
const fields_1 = require("./fields");
const choiceOperators_1 = require("./choiceOperators");
const OPERAND_KIND = {
    string: 'string',
    number: 'number',
    boolean: 'boolean',
    timestamp: 'timestamp',
    referencePath: 'referencePath',
    pattern: 'string',
};
const VARIABLE = (0, fields_1.field)('Variable', 'Reference path to the value to test (`$.x`, `$$.x` or `$var`). A path that matches nothing fails the ' +
    'execution with `States.Runtime`, except with `IsPresent`.', ['referencePath'], fields_1.JSONPATH_ONLY);
const OPERATOR_FIELDS = choiceOperators_1.CHOICE_OPERATORS.map((o) => (0, fields_1.field)(o.name, o.doc, [OPERAND_KIND[o.operand] ?? 'any'], fields_1.JSONPATH_ONLY));
const COMBINATOR_FIELDS = [
    (0, fields_1.field)('And', 'True when every nested rule is true (evaluated in order, stopping at the first false).', ['array'], fields_1.JSONPATH_ONLY, {
        itemShape: 'NestedChoiceRule',
    }),
    (0, fields_1.field)('Or', 'True when at least one nested rule is true (evaluated in order, stopping at the first true).', ['array'], fields_1.JSONPATH_ONLY, {
        itemShape: 'NestedChoiceRule',
    }),
    (0, fields_1.field)('Not', 'True when the nested rule is false.', ['object'], fields_1.JSONPATH_ONLY, { shape: 'NestedChoiceRule' }),
];
const TESTS = [...choiceOperators_1.CHOICE_OPERATOR_NAMES, ...choiceOperators_1.COMBINATOR_NAMES];
exports.CHOICE_SHAPES = {
    ChoiceRule: {
        name: 'ChoiceRule',
        doc: 'A Choice rule. JSONPath: `Variable` with one comparison operator, or one of `And`/`Or`/`Not`. ' +
            'JSONata: a `Condition` expression. Either way `Next` names the state to go to when the rule matches.',
        fields: (0, fields_1.byName)([
            (0, fields_1.field)('Condition', 'JSONata mode: a `{% %}` expression that must evaluate to a boolean; the rule matches when it is `true`.', ['jsonata', 'boolean'], fields_1.JSONATA_ONLY),
            VARIABLE,
            ...OPERATOR_FIELDS,
            ...COMBINATOR_FIELDS,
            (0, fields_1.field)('Next', 'State to go to when this rule matches.', ['stateName']),
            (0, fields_1.field)('Assign', 'Variables to set when this rule matches (in addition to the Choice state\'s own `Assign`).', fields_1.ASSIGN.kinds, fields_1.BOTH),
            fields_1.COMMENT,
        ]),
        constraints: {
            required: [{ fields: ['Next'] }, { fields: ['Condition'], languages: fields_1.JSONATA_ONLY }],
            exactlyOneOf: [{ fields: TESTS, languages: fields_1.JSONPATH_ONLY }],
        },
    },
    NestedChoiceRule: {
        name: 'NestedChoiceRule',
        doc: 'A rule nested in `And`, `Or` or `Not` (JSONPath): `Variable` with one operator, or a combinator. No `Next`.',
        fields: (0, fields_1.byName)([VARIABLE, ...OPERATOR_FIELDS, ...COMBINATOR_FIELDS, { ...fields_1.COMMENT, languages: fields_1.JSONPATH_ONLY }]),
        constraints: { exactlyOneOf: [{ fields: TESTS, languages: fields_1.JSONPATH_ONLY }] },
    },
};
//# sourceMappingURL=choiceShapes.js.map