/*
 * choice-rule: the structure of Choice rules that the field tables cannot express. JSONPath: one
 * comparison operator (or And/Or/Not) per rule, Variable with an operator and not with a
 * combinator, non-empty And/Or, no Next/Assign on nested rules, a non-empty Choices array.
 * Operand types, unknown operators and Variable-vs-Condition come from the tables (invalid-type,
 * unknown-field, jsonpath-field-in-jsonata / jsonata-field-in-jsonpath).
 */
import { getProperty, getPropertyValue } from '../../../asl/nodes';
import { CHOICE_OPERATOR_NAMES } from '../../../asl/spec';
import type { AslNode, AslObjectNode, AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { objectAnchor } from '../support/kinds';

const OPERATORS = new Set(CHOICE_OPERATOR_NAMES);
const COMBINATORS = ['And', 'Or', 'Not'];
/** Deeper nesting than this is not analysed (bounded work on hostile documents). */
const MAX_DEPTH = 64;

export const choiceRuleRule: DiagnosticRule = {
  scope: 'states',
  codes: ['choice-rule'],
  check(ctx) {
    for (const state of ctx.statesOfType('Choice')) {
      const choices = getPropertyValue(state.node, 'Choices');
      if (choices?.kind !== 'array') continue;
      if (choices.items.length === 0)
        ctx.report('choice-rule', choices.span, MESSAGES.choiceEmpty(), { data: { state: state.name } });
      if (state.queryLanguage !== 'JSONPath') continue;
      for (const rule of choices.items) checkRule(ctx, state, rule, 0);
    }
  },
};

function checkRule(ctx: RuleContext, state: AslState, rule: AslNode, depth: number): void {
  if (rule.kind !== 'object' || depth > MAX_DEPTH) return;
  const data = { state: state.name };
  if (depth > 0) {
    for (const field of ['Next', 'Assign']) {
      const prop = getProperty(rule, field);
      if (prop)
        ctx.report(
          'choice-rule',
          prop.keySpan,
          field === 'Next' ? MESSAGES.choiceNextNested() : MESSAGES.choiceFieldNested(field),
          { data: { ...data, field } },
        );
    }
  }
  const tests = rule.properties.filter((p) => OPERATORS.has(p.key) || COMBINATORS.includes(p.key));
  if (tests.length === 0) {
    ctx.report('choice-rule', objectAnchor(rule), MESSAGES.choiceNoOperator(), { data });
    return;
  }
  for (let i = 1; i < tests.length; i++) {
    ctx.report('choice-rule', tests[i].keySpan, MESSAGES.choiceManyOperators(tests.map((t) => t.key)), {
      data: { ...data, field: tests[i].key },
    });
  }
  const test = tests[0];
  const variable = getProperty(rule, 'Variable');
  if (OPERATORS.has(test.key) && !variable) {
    ctx.report('choice-rule', test.keySpan, MESSAGES.choiceMissingVariable(test.key), {
      data: { ...data, field: 'Variable' },
    });
  } else if (!OPERATORS.has(test.key) && variable) {
    ctx.report('choice-rule', variable.keySpan, MESSAGES.choiceVariableWithBoolean(test.key), {
      data: { ...data, field: 'Variable' },
    });
  }
  checkCombinator(ctx, state, rule, depth);
}

function checkCombinator(ctx: RuleContext, state: AslState, rule: AslObjectNode, depth: number): void {
  for (const key of ['And', 'Or']) {
    const value = getPropertyValue(rule, key);
    if (value?.kind !== 'array') continue;
    if (value.items.length === 0)
      ctx.report('choice-rule', value.span, MESSAGES.choiceEmptyArray(key), { data: { state: state.name } });
    for (const item of value.items) checkRule(ctx, state, item, depth + 1);
  }
  const not = getPropertyValue(rule, 'Not');
  if (not?.kind === 'array')
    ctx.report('choice-rule', not.span, MESSAGES.choiceNotObject(), { data: { state: state.name } });
  else if (not) checkRule(ctx, state, not, depth + 1);
}
