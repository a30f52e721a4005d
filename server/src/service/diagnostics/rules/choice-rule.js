"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.choiceRuleRule = void 0;
/*
 * choice-rule: the structure of Choice rules that the field tables cannot express. JSONPath: one
 * comparison operator (or And/Or/Not) per rule, Variable with an operator and not with a
 * combinator, non-empty And/Or, no Next/Assign on nested rules, a non-empty Choices array.
 * Operand types, unknown operators and Variable-vs-Condition come from the tables (invalid-type,
 * unknown-field, jsonpath-field-in-jsonata / jsonata-field-in-jsonpath).
 */
const nodes_1 = require("../../../asl/nodes");
const spec_1 = require("../../../asl/spec");
const messages_1 = require("../messages");
const kinds_1 = require("../support/kinds");
const OPERATORS = new Set(spec_1.CHOICE_OPERATOR_NAMES);
const COMBINATORS = ['And', 'Or', 'Not'];
/** Deeper nesting than this is not analysed (bounded work on hostile documents). */
const MAX_DEPTH = 64;
exports.choiceRuleRule = {
    scope: 'states',
    codes: ['choice-rule'],
    check(ctx) {
        for (const state of ctx.statesOfType('Choice')) {
            const choices = (0, nodes_1.getPropertyValue)(state.node, 'Choices');
            if (choices?.kind !== 'array')
                continue;
            if (choices.items.length === 0)
                ctx.report('choice-rule', choices.span, messages_1.MESSAGES.choiceEmpty(), { data: { state: state.name } });
            if (state.queryLanguage !== 'JSONPath')
                continue;
            for (const rule of choices.items)
                checkRule(ctx, state, rule, 0);
        }
    },
};
function checkRule(ctx, state, rule, depth) {
    if (rule.kind !== 'object' || depth > MAX_DEPTH)
        return;
    const data = { state: state.name };
    if (depth > 0) {
        for (const field of ['Next', 'Assign']) {
            const prop = (0, nodes_1.getProperty)(rule, field);
            if (prop)
                ctx.report('choice-rule', prop.keySpan, field === 'Next' ? messages_1.MESSAGES.choiceNextNested() : messages_1.MESSAGES.choiceFieldNested(field), { data: { ...data, field } });
        }
    }
    const tests = rule.properties.filter((p) => OPERATORS.has(p.key) || COMBINATORS.includes(p.key));
    if (tests.length === 0) {
        ctx.report('choice-rule', (0, kinds_1.objectAnchor)(rule), messages_1.MESSAGES.choiceNoOperator(), { data });
        return;
    }
    for (let i = 1; i < tests.length; i++) {
        ctx.report('choice-rule', tests[i].keySpan, messages_1.MESSAGES.choiceManyOperators(tests.map((t) => t.key)), { data: { ...data, field: tests[i].key } });
    }
    const test = tests[0];
    const variable = (0, nodes_1.getProperty)(rule, 'Variable');
    if (OPERATORS.has(test.key) && !variable) {
        ctx.report('choice-rule', test.keySpan, messages_1.MESSAGES.choiceMissingVariable(test.key), { data: { ...data, field: 'Variable' } });
    }
    else if (!OPERATORS.has(test.key) && variable) {
        ctx.report('choice-rule', variable.keySpan, messages_1.MESSAGES.choiceVariableWithBoolean(test.key), { data: { ...data, field: 'Variable' } });
    }
    checkCombinator(ctx, state, rule, depth);
}
function checkCombinator(ctx, state, rule, depth) {
    for (const key of ['And', 'Or']) {
        const value = (0, nodes_1.getPropertyValue)(rule, key);
        if (value?.kind !== 'array')
            continue;
        if (value.items.length === 0)
            ctx.report('choice-rule', value.span, messages_1.MESSAGES.choiceEmptyArray(key), { data: { state: state.name } });
        for (const item of value.items)
            checkRule(ctx, state, item, depth + 1);
    }
    const not = (0, nodes_1.getPropertyValue)(rule, 'Not');
    if (not?.kind === 'array')
        ctx.report('choice-rule', not.span, messages_1.MESSAGES.choiceNotObject(), { data: { state: state.name } });
    else if (not)
        checkRule(ctx, state, not, depth + 1);
}
//# sourceMappingURL=choice-rule.js.map