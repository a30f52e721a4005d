/*
 * unknown-field: a key that the spec tables do not list for this state type or nested object, in
 * either query language (keys valid only in the other language are left to the query-language rules).
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import type { ShapedObject } from '../support/shapes';
import { closestName } from '../../../asl/similarity';

export const unknownFieldRule: DiagnosticRule = {
  scope: 'states',
  codes: ['unknown-field'],
  check(ctx) {
    for (const { obj, prop } of ctx.structure.unknown) {
      if (obj.shape === 'NestedChoiceRule' && (prop.key === 'Next' || prop.key === 'Assign')) continue; // choice-rule
      const suggestion = closestName(prop.key, allowedNames(obj));
      const message = suggestion
        ? MESSAGES.unknownFieldSuggest(prop.key, obj.where, suggestion)
        : MESSAGES.unknownField(prop.key, obj.where);
      ctx.report('unknown-field', prop.keySpan, message, {
        data: suggestion ? { field: prop.key, suggestion } : { field: prop.key },
      });
    }
  },
};

function allowedNames(obj: ShapedObject): string[] {
  return Object.values(obj.fields)
    .filter((f) => f.languages.includes(obj.language))
    .map((f) => f.name);
}
