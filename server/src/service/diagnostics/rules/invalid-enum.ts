/*
 * invalid-enum: a string outside its field's allowed values, including an unknown state Type (a `${Name}` deployment
 * placeholder is not judged).
 */
import { STATE_TYPES } from '../../../asl/spec';
import { getPropertyValue } from '../../../asl/nodes';
import { placeholderName } from '../../../asl/placeholders';
import type { AslNode } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { closestName } from '../../../asl/similarity';

const TYPES = Object.keys(STATE_TYPES);

export const invalidEnumRule: DiagnosticRule = {
  scope: 'states',
  codes: ['invalid-enum'],
  check(ctx) {
    for (const state of ctx.states) {
      const type = getPropertyValue(state.node, 'Type');
      if (type?.kind === 'string' && !TYPES.includes(type.value as string)) report(ctx, 'Type', type, TYPES);
    }
    for (const { prop, field } of ctx.structure.enums) {
      if (!field?.enum || prop.key === 'Type' || prop.value?.kind !== 'string') continue;
      if (placeholderName(prop.value) !== undefined) continue; // filled in at deployment
      if (!field.enum.includes(prop.value.value as string)) report(ctx, prop.key, prop.value, field.enum);
    }
  },
};

function report(ctx: RuleContext, field: string, value: AslNode, allowed: readonly string[]): void {
  const suggestion = closestName(String((value as { value?: unknown }).value), allowed);
  ctx.report('invalid-enum', value.span, MESSAGES.invalidEnum(field, allowed), {
    data: { field, allowed, ...(suggestion && { suggestion }) },
  });
}
