/* query-language: in a JSONata state machine, a state cannot set "QueryLanguage": "JSONPath". */
import { getPropertyValue } from '../../../asl/nodes';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const queryLanguageRule: DiagnosticRule = {
  scope: 'states',
  codes: ['query-language'],
  check(ctx) {
    for (const state of ctx.states) {
      const value = getPropertyValue(state.node, 'QueryLanguage');
      if (value?.kind !== 'string' || value.value !== 'JSONPath') continue;
      // AWS: a top-level JSONata machine cannot be reverted to a mix of JSONata and JSONPath states.
      if (ctx.doc.machine?.queryLanguage === 'JSONata')
        ctx.report('query-language', value.span, MESSAGES.queryLanguageRevert(), { data: { state: state.name } });
    }
  },
};
