/*
 * retry-catch: ErrorEquals must be a non-empty array of strings; States.ALL must be alone in its
 * ErrorEquals and only in the last retrier/catcher; names starting with "States." are reserved
 * (warning for unknown ones). Field types, ranges (BackoffRate >= 1, MaxDelaySeconds) and a
 * catcher's required Next come from the spec tables (invalid-type, out-of-range, missing-field).
 */
import { getPropertyValue } from '../../../asl/nodes';
import { PREDEFINED_ERRORS } from '../../../asl/spec';
import type { AslNode, AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

const KNOWN = new Set(PREDEFINED_ERRORS.map((e) => e.name));
const WITH_RETRY = ['Task', 'Parallel', 'Map'];

export const retryCatchRule: DiagnosticRule = {
  scope: 'states',
  codes: ['retry-catch'],
  check(ctx) {
    for (const type of WITH_RETRY) {
      for (const state of ctx.statesOfType(type)) {
        checkList(ctx, state, getPropertyValue(state.node, 'Retry'), 'retrier');
        checkList(ctx, state, getPropertyValue(state.node, 'Catch'), 'catcher');
      }
    }
  },
};

function checkList(ctx: RuleContext, state: AslState, list: AslNode | undefined, what: 'retrier' | 'catcher'): void {
  if (list?.kind !== 'array') return;
  for (let i = 0; i < list.items.length; i++) {
    const errors = getPropertyValue(list.items[i], 'ErrorEquals');
    if (errors?.kind !== 'array') continue;
    if (errors.items.length === 0) {
      ctx.report('retry-catch', errors.span, MESSAGES.errorEqualsEmpty(), { data: { state: state.name } });
      continue;
    }
    for (const item of errors.items) {
      if (item.kind !== 'string') {
        ctx.report('invalid-type', item.span, MESSAGES.invalidType('ErrorEquals', 'an array of error name strings'), {
          data: { field: 'ErrorEquals' },
        });
        continue;
      }
      const name = item.value as string;
      if (name === 'States.ALL') {
        if (errors.items.length > 1)
          ctx.report('retry-catch', item.span, MESSAGES.statesAllNotAlone(), { data: { state: state.name } });
        if (i < list.items.length - 1)
          ctx.report('retry-catch', item.span, MESSAGES.statesAllNotLast(what), { data: { state: state.name } });
      } else if (name.startsWith('States.') && !KNOWN.has(name)) {
        ctx.report('retry-catch', item.span, MESSAGES.unknownStatesError(name), {
          severity: 'warning',
          data: { state: state.name, error: name },
        });
      }
    }
  }
}
