/* state-name-too-long: state names are 1 to 80 Unicode characters (code points, not UTF-16 units). */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

const MAX_NAME = 80;

export const stateNameRule: DiagnosticRule = {
  scope: 'states',
  codes: ['state-name-too-long'],
  check(ctx) {
    for (const state of ctx.states) {
      const length = state.name.length > MAX_NAME ? [...state.name].length : state.name.length;
      if (length > MAX_NAME) {
        ctx.report('state-name-too-long', state.nameSpan, MESSAGES.stateNameTooLong(length), {
          data: { state: state.name, length },
        });
      } else if (length === 0) {
        ctx.report('state-name-too-long', state.nameSpan, MESSAGES.stateNameEmpty(), {
          data: { state: state.name, length },
        });
      }
    }
  },
};
