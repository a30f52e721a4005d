/*
 * invalid-type: a field value of the wrong JSON type for its spec (per query language: `{% %}`
 * only in JSONata, paths only in JSONPath), a state that is not an object, a malformed timestamp.
 */
import type { ValueKind } from '../../../asl/spec';
import type { AslNode } from '../../../asl/types';
import { placeholderName } from '../../../asl/placeholders';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { entryKinds } from '../support/shapes';
import { describeKinds, isJsonataString, isTimestamp, matchesKind } from '../support/kinds';

export const invalidTypeRule: DiagnosticRule = {
  scope: 'states',
  codes: ['invalid-type'],
  check(ctx) {
    for (const state of ctx.states) {
      const value = state.property.value;
      if (value !== undefined && value.kind !== 'object') {
        ctx.report('invalid-type', value.span, MESSAGES.invalidType(state.name, 'an object (a state)'), {
          data: { field: state.name },
        });
      }
    }
    checkFields(ctx);
  },
};

function checkFields(ctx: RuleContext): void {
  for (const obj of ctx.shaped) {
    for (const prop of obj.node.properties) {
      const kinds = entryKinds(obj, prop);
      if (kinds.length === 0 || prop.value === undefined) continue;
      const value = prop.value;
      if (prop.key === 'Not' && value.kind === 'array') continue; // choice-rule explains it
      if (!matchesAny(kinds, value, prop.key)) {
        const expected = describeKinds(kinds);
        const message =
          obj.language === 'JSONata' && kinds.length === 1 && kinds[0] === 'jsonata'
            ? MESSAGES.jsonataRequired(prop.key)
            : MESSAGES.invalidType(prop.key, expected);
        ctx.report('invalid-type', value.span, message, { data: { field: prop.key, expected: kinds } });
      } else if (
        kinds.includes('timestamp') &&
        value.kind === 'string' &&
        !isJsonataString(value) &&
        placeholderName(value) === undefined &&
        !isTimestamp(value.value as string)
      ) {
        ctx.report('invalid-type', value.span, MESSAGES.waitTimestamp(), {
          data: { field: prop.key, expected: ['timestamp'] },
        });
      }
    }
  }
}

function matchesAny(kinds: readonly ValueKind[], value: AslNode, field: string): boolean {
  for (let i = 0; i < kinds.length; i++) if (matchesKind(kinds[i], value, field)) return true;
  return false;
}
