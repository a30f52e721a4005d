/* fail-error-cause: a Fail state cannot have both Error and ErrorPath, nor both Cause and CausePath. */
import { getProperty } from '../../../asl/nodes';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const failErrorCauseRule: DiagnosticRule = {
  scope: 'states',
  codes: ['fail-error-cause'],
  check(ctx) {
    for (const state of ctx.statesOfType('Fail')) {
      if (!state.node) continue;
      for (const [a, b] of [
        ['Error', 'ErrorPath'],
        ['Cause', 'CausePath'],
      ]) {
        const first = getProperty(state.node, a);
        const second = getProperty(state.node, b);
        if (!first || !second) continue;
        const later = first.span.start < second.span.start ? second : first;
        ctx.report('fail-error-cause', later.keySpan, MESSAGES.failBoth(a, b), {
          data: { state: state.name, field: later.key },
        });
      }
    }
  },
};
