/*
 * exclusive-fields: two fields of an at-most-one / exactly-one group are both present (e.g.
 * TimeoutSeconds and TimeoutSecondsPath, ItemSelector and Parameters, ItemProcessor and Iterator).
 * Reported on the second field's key.
 */
import { getProperty } from '../../../asl/nodes';
import type { AslProperty } from '../../../asl/types';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import { groupApplies, handledElsewhere } from './missing-field';

export const exclusiveFieldsRule: DiagnosticRule = {
  codes: ['exclusive-fields'],
  check(ctx) {
    for (const obj of ctx.shaped) {
      const groups = [...(obj.constraints.atMostOneOf ?? []), ...(obj.constraints.exactlyOneOf ?? [])];
      for (const group of groups) {
        if (!groupApplies(group, obj) || handledElsewhere(group)) continue;
        const present = group.fields.map((f) => getProperty(obj.node, f)).filter((p): p is AslProperty => p !== undefined);
        for (let i = 1; i < present.length; i++) {
          const others = present.filter((_, j) => j !== i).map((p) => p.key);
          ctx.report('exclusive-fields', present[i].keySpan, MESSAGES.exclusiveFields(present[i].key, others), {
            data: { field: present[i].key, others },
          });
        }
      }
    }
  },
};
