/*
 * payload-template: in JSONPath payload templates, a "key.$" must hold a string that is a path
 * ($..., $$..., $var...) or an intrinsic call, and "key" and "key.$" cannot both be present.
 */
import { getProperty } from '../../../asl/nodes';
import { isIntrinsicCall } from '../../../asl/expr';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const payloadTemplateRule: DiagnosticRule = {
  scope: 'states',
  codes: ['payload-template'],
  check(ctx) {
    for (const site of ctx.expressions.templates) {
      const { prop } = site;
      const base = prop.key.slice(0, -2);
      if (getProperty(prop.parent, base)) {
        ctx.report('payload-template', prop.keySpan, MESSAGES.templateBothKeys(base), { data: { field: prop.key } });
      }
      const value = prop.value;
      if (value === undefined) continue;
      if (value.kind !== 'string') {
        ctx.report('payload-template', value.span, MESSAGES.templateNotString(prop.key), { data: { field: prop.key } });
        continue;
      }
      const text = (value.value as string).trimStart();
      if (!text.startsWith('$') && !isIntrinsicCall(text)) {
        ctx.report('payload-template', value.span, MESSAGES.templateNotPath(prop.key), { data: { field: prop.key } });
      }
    }
  },
};
