/*
 * missing-field: a required field is absent (Type, Resource, Choices, Branches, StartAt, States,
 * ErrorEquals, a catcher's Next, ...), or none of an exactly-one-of group is present. The
 * Next/End and Wait time groups are left to missing-transition and wait-time-field.
 */
import { getProperty } from '../../../asl/nodes';
import type { ConstraintGroup } from '../../../asl/spec';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { objectAnchor } from '../support/kinds';
import type { ShapedObject } from '../support/shapes';

/** Groups with a dedicated rule (transitions, wait-time-field, fail-error-cause, choice-rule). */
export function handledElsewhere(group: ConstraintGroup): boolean {
  return group.fields.some(
    (f) => f === 'Next' || f === 'End' || f === 'Seconds' || f === 'Error' || f === 'Cause' || f === 'And',
  );
}

export function groupApplies(group: ConstraintGroup, obj: ShapedObject): boolean {
  return !group.languages || group.languages.includes(obj.language);
}

export const missingFieldRule: DiagnosticRule = {
  scope: 'states',
  codes: ['missing-field'],
  check(ctx) {
    for (const state of ctx.states) {
      if (state.node && !getProperty(state.node, 'Type')) {
        ctx.report('missing-field', state.nameSpan, MESSAGES.missingField('Type', 'A state'), {
          data: { field: 'Type', state: state.name },
        });
      }
    }
    for (const obj of ctx.shaped) checkObject(ctx, obj);
  },
};

function checkObject(ctx: RuleContext, obj: ShapedObject): void {
  const required = obj.constraints.required;
  if (required !== undefined) {
    for (const group of required) {
      if (!groupApplies(group, obj)) continue;
      for (const field of group.fields) {
        if (field === 'Type' || getProperty(obj.node, field)) continue;
        reportMissing(ctx, obj, field);
      }
    }
  }
  const exactlyOne = obj.constraints.exactlyOneOf;
  if (exactlyOne !== undefined) checkExactlyOne(ctx, obj, exactlyOne);
}

function capitalized(where: string): string {
  return where.charAt(0).toUpperCase() + where.slice(1);
}

function reportMissing(ctx: RuleContext, obj: ShapedObject, field: string): void {
  ctx.report('missing-field', objectAnchor(obj.node, obj.state), MESSAGES.missingField(field, capitalized(obj.where)), {
    data: { field, ...(obj.state && { state: obj.state.name }) },
  });
}

function checkExactlyOne(ctx: RuleContext, obj: ShapedObject, groups: readonly ConstraintGroup[]): void {
  for (const group of groups) {
    if (!groupApplies(group, obj) || handledElsewhere(group)) continue;
    if (hasAny(obj, group.fields)) continue;
    ctx.report(
      'missing-field',
      objectAnchor(obj.node, obj.state),
      MESSAGES.missingOneOf(group.fields, capitalized(obj.where)),
      {
        data: { field: group.fields[0], fields: group.fields, ...(obj.state && { state: obj.state.name }) },
      },
    );
  }
}

function hasAny(obj: ShapedObject, fields: readonly string[]): boolean {
  for (const f of fields) if (getProperty(obj.node, f)) return true;
  return false;
}
