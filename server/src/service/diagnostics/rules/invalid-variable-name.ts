/*
 * invalid-variable-name: an Assign key (without its `.$` suffix) must be a name that `$name` can
 * read back: a letter or underscore, then letters, digits or underscores; `states` is reserved.
 */
import { getPropertyValue } from '../../../asl/nodes';
import type { AslNode } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { assignProperties } from '../support/variables';
import { variableName } from '../../../asl/variables';

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export const invalidVariableNameRule: DiagnosticRule = {
  scope: 'states',
  codes: ['invalid-variable-name'],
  check(ctx) {
    for (const state of ctx.states) {
      check(ctx, getPropertyValue(state.node, 'Assign'));
      for (const list of ['Choices', 'Catch']) {
        const items = getPropertyValue(state.node, list);
        if (items?.kind === 'array') for (const item of items.items) check(ctx, getPropertyValue(item, 'Assign'));
      }
    }
  },
};

function check(ctx: RuleContext, assign: AslNode | undefined): void {
  for (const prop of assignProperties(assign)) {
    const name = variableName(prop.key);
    if (name === 'states')
      ctx.report('invalid-variable-name', prop.keySpan, MESSAGES.reservedVariableName(), { data: { variable: name } });
    else if (!NAME.test(name))
      ctx.report('invalid-variable-name', prop.keySpan, MESSAGES.invalidVariableName(name), {
        data: { variable: name },
      });
  }
}
