/* next-and-end: a state with both Next and "End": true (reported on the End field). */
import { getProperty } from '../../../asl/nodes';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const nextAndEndRule: DiagnosticRule = {
  scope: 'states',
  codes: ['next-and-end'],
  check(ctx) {
    for (const state of ctx.states) {
      if (!state.node || !state.isEnd || !getProperty(state.node, 'Next')) continue;
      const end = getProperty(state.node, 'End');
      if (end) ctx.report('next-and-end', end.span, MESSAGES.nextAndEnd(), { data: { state: state.name } });
    }
  },
};
