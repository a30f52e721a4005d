/* missing-transition: a Pass/Task/Wait/Parallel/Map state with neither Next nor "End": true. */
import { getProperty } from '../../../asl/nodes';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const NEEDS_TRANSITION: ReadonlySet<string> = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

export const missingTransitionRule: DiagnosticRule = {
  scope: 'states',
  codes: ['missing-transition'],
  check(ctx) {
    for (const state of ctx.states) {
      if (!state.node || state.type === undefined || !NEEDS_TRANSITION.has(state.type)) continue;
      if (state.isEnd || getProperty(state.node, 'Next')) continue;
      // A non-boolean End is reported as invalid-type; do not add a second finding for it.
      const end = getProperty(state.node, 'End');
      if (end?.value !== undefined && end.value.kind !== 'boolean') continue;
      ctx.report('missing-transition', state.nameSpan, MESSAGES.missingTransition(state.name, state.type), {
        data: { state: state.name },
      });
    }
  },
};
