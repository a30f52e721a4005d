/*
 * invalid-jsonpath: JSONPath syntax of every path field and `.$` value (reported at the error
 * inside the string), and reference paths where only those are allowed. ResultPath must name a
 * single node to write to (error); for the other reference-path fields (Variable, ItemsPath,
 * *Path operands) current AWS docs also show filters, so a non-reference path is a warning there.
 * An unquoted filter value (`@.Name == Receipt`) runs on AWS as a string: a warning, quick fix quotes it.
 */
import { isIntrinsicCall } from '../../../asl/expr';
import { wholePlaceholder } from '../../../asl/placeholders';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import type { ExprError } from '../../../asl/expr/types';
import type { PathString } from '../support/pathStrings';
import { textSpan } from '../support/strings';

export const invalidJsonPathRule: DiagnosticRule = {
  scope: 'states',
  codes: ['invalid-jsonpath', 'unquoted-filter-value'],
  check(ctx) {
    for (const site of ctx.pathStrings) {
      const text = site.node.value as string;
      if (isIntrinsicCall(text)) continue; // invalid-intrinsic
      if (wholePlaceholder(text) !== undefined) continue; // `${Name}`: filled in at deployment
      checkPath(ctx, site, text);
    }
  },
};

function dataOf(site: PathString): Record<string, unknown> {
  return { field: site.field, ...(site.state && { state: site.state.name }) };
}

function checkPath(ctx: RuleContext, site: PathString, text: string): void {
  const parsed = ctx.jsonPath(text);
  if (parsed.errors.length > 0 || !parsed.ast) {
    const error = parsed.errors[0];
    const end = Math.min(error ? Math.max(error.end, error.start + 1) : text.length, text.length);
    // An error at the very end of the text points at its last character.
    const start = Math.max(0, Math.min(error ? error.start : 0, end - 1));
    const span = textSpan(ctx.text, site.node, start, end);
    const widened = span.start === span.end ? site.node.span : span;
    ctx.report('invalid-jsonpath', widened, MESSAGES.jsonPathSyntax(error?.message ?? 'not a JSONPath'), {
      ...(error?.severity && { severity: error.severity }),
      data: dataOf(site),
    });
    return;
  }
  for (const note of parsed.notes ?? []) reportUnquoted(ctx, site, text, note);
  if (site.field === 'ResultPath' && parsed.ast.root.kind !== 'data') {
    ctx.report('invalid-jsonpath', site.node.span, MESSAGES.resultPathRoot(), { data: dataOf(site) });
  } else if (site.accepts === 'reference' && !parsed.ast.reference) {
    const severity = site.field === 'ResultPath' ? 'error' : 'warning';
    ctx.report('invalid-jsonpath', site.node.span, MESSAGES.notReferencePath(site.field), {
      severity,
      data: dataOf(site),
    });
  }
}

function reportUnquoted(ctx: RuleContext, site: PathString, text: string, note: ExprError): void {
  const value = text.slice(note.start, note.end);
  ctx.report(
    'unquoted-filter-value',
    textSpan(ctx.text, site.node, note.start, note.end),
    MESSAGES.unquotedFilterValue(value),
    {
      data: { ...dataOf(site), value },
    },
  );
}
