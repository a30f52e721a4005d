/* out-of-range: a number outside its field's bounds (TimeoutSeconds > 0, ToleratedFailurePercentage <= 100, ...). */
import type { FieldSpec } from '../../../asl/spec';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const outOfRangeRule: DiagnosticRule = {
  scope: 'states',
  codes: ['out-of-range'],
  check(ctx) {
    for (const { prop, field } of ctx.structure.numbers) {
      if (!field || prop.value?.kind !== 'number' || inRange(field, prop.value.value as number)) continue;
      ctx.report('out-of-range', prop.value.span, MESSAGES.outOfRange(prop.key, describeRange(field)), {
        data: { field: prop.key, minimum: field.minimum, maximum: field.maximum },
      });
    }
  },
};

function inRange(field: FieldSpec, n: number): boolean {
  if (field.minimum !== undefined && (field.exclusiveMinimum ? n <= field.minimum : n < field.minimum)) return false;
  return field.maximum === undefined || n <= field.maximum;
}

/** The smallest value to name in a message: an exclusive integer minimum becomes the next integer up. */
function lowestAllowed(field: FieldSpec, integer: boolean): number | undefined {
  if (field.minimum === undefined) return undefined;
  return field.exclusiveMinimum && integer ? field.minimum + 1 : field.minimum;
}

function describeRange(field: FieldSpec): string {
  const integer = field.kinds.includes('integer') && !field.kinds.includes('number');
  const low = lowestAllowed(field, integer);
  const lowWord = field.exclusiveMinimum && !integer ? `greater than ${field.minimum}` : `at least ${low}`;
  if (low !== undefined && field.maximum !== undefined && !(field.exclusiveMinimum && !integer))
    return `between ${low} and ${field.maximum}`;
  if (low !== undefined && field.maximum !== undefined) return `${lowWord} and at most ${field.maximum}`;
  if (low !== undefined) return lowWord;
  return `at most ${field.maximum}`;
}
