/* wait-time-field: a Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath. */
import { getProperty } from '../../../asl/nodes';
import type { AslProperty } from '../../../asl/types';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

const TIME_FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];

export const waitTimeFieldRule: DiagnosticRule = {
  scope: 'states',
  codes: ['wait-time-field'],
  check(ctx) {
    for (const state of ctx.statesOfType('Wait')) {
      if (!state.node) continue;
      const present = TIME_FIELDS.map((f) => getProperty(state.node, f)).filter(
        (p): p is AslProperty => p !== undefined,
      );
      if (present.length === 0) {
        ctx.report('wait-time-field', state.nameSpan, MESSAGES.waitNoTime(), { data: { state: state.name } });
      }
      for (let i = 1; i < present.length; i++) {
        ctx.report('wait-time-field', present[i].keySpan, MESSAGES.waitManyTimes(present.map((p) => p.key)), {
          data: { state: state.name, field: present[i].key },
        });
      }
    }
  },
};
