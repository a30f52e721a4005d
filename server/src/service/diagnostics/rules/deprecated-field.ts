/* deprecated-field: fields AWS marks deprecated (Map Iterator, Map Parameters), struck through. */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

const REPLACEMENTS: Readonly<Record<string, string>> = { Iterator: 'ItemProcessor', Parameters: 'ItemSelector' };

export const deprecatedFieldRule: DiagnosticRule = {
  scope: 'states',
  codes: ['deprecated-field'],
  check(ctx) {
    for (const { prop, field } of ctx.structure.deprecated) {
      const replacement = REPLACEMENTS[prop.key] ?? '';
      const message = replacement
        ? MESSAGES.deprecated(prop.key, replacement)
        : `${JSON.stringify(prop.key)} is deprecated. ${field?.deprecated ?? ''}`;
      ctx.report('deprecated-field', prop.keySpan, message, {
        tags: ['deprecated'],
        data: { field: prop.key, replacement },
      });
    }
  },
};
