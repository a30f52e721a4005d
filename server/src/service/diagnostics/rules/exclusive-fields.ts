/*
 * exclusive-fields: two fields of an at-most-one / exactly-one group are both present (e.g.
 * TimeoutSeconds and TimeoutSecondsPath, ItemSelector and Parameters, ItemProcessor and Iterator).
 * Reported on the second field's key.
 */
import { getProperty } from '../../../asl/nodes';
import type { AslProperty } from '../../../asl/types';
import type { ConstraintGroup } from '../../../asl/spec';
import type { DiagnosticRule, RuleContext } from '../context';
import type { ShapedObject } from '../support/shapes';
import { MESSAGES } from '../messages';
import { groupApplies, handledElsewhere } from './missing-field';

export const exclusiveFieldsRule: DiagnosticRule = {
  scope: 'states',
  codes: ['exclusive-fields'],
  check(ctx) {
    for (const obj of ctx.shaped) {
      const { atMostOneOf, exactlyOneOf } = obj.constraints;
      if (atMostOneOf !== undefined) checkGroups(ctx, obj, atMostOneOf);
      if (exactlyOneOf !== undefined) checkGroups(ctx, obj, exactlyOneOf);
    }
  },
};

function checkGroups(ctx: RuleContext, obj: ShapedObject, groups: readonly ConstraintGroup[]): void {
  for (const group of groups) {
    if (countPresent(obj, group.fields) < 2 || !groupApplies(group, obj) || handledElsewhere(group)) continue;
    const present = group.fields.map((f) => getProperty(obj.node, f)).filter((p): p is AslProperty => p !== undefined);
    for (let i = 1; i < present.length; i++) {
      const others = present.filter((_, j) => j !== i).map((p) => p.key);
      ctx.report('exclusive-fields', present[i].keySpan, MESSAGES.exclusiveFields(present[i].key, others), {
        data: { field: present[i].key, others },
      });
    }
  }
}

/** How many of the fields the object has (the common case: fewer than two, nothing to report). */
function countPresent(obj: ShapedObject, fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) if (getProperty(obj.node, f)) n++;
  return n;
}
