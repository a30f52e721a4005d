/*
 * invalid-intrinsic: intrinsic calls in `.$` values, ErrorPath, CausePath and Credentials: syntax
 * (escapes, quotes, parentheses), unknown function, arity, literal argument types, States.Format
 * placeholder count, States.Hash algorithm, States.JsonMerge deep flag, nesting depth (10); and
 * intrinsics written where only a path is allowed.
 */
import { checkIntrinsic, isIntrinsicCall } from '../../../asl/expr';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import type { PathString } from '../support/pathStrings';
import { textSpan } from '../support/strings';

export const invalidIntrinsicRule: DiagnosticRule = {
  scope: 'states',
  codes: ['invalid-intrinsic'],
  check(ctx) {
    for (const site of ctx.pathStrings) {
      const text = site.node.value as string;
      if (!isIntrinsicCall(text)) continue;
      if (site.accepts === 'path' || site.accepts === 'reference') {
        ctx.report('invalid-intrinsic', site.node.span, MESSAGES.intrinsicNotHere(), { data: { field: site.field } });
        continue;
      }
      checkSite(ctx, site, text);
    }
  },
};

/** Syntax errors first; otherwise every problem of the static checks the interpreter also applies. */
function checkSite(ctx: RuleContext, site: PathString, text: string): void {
  const parsed = ctx.intrinsic(text);
  const at = (start: number, end: number) => textSpan(ctx.text, site.node, start, Math.max(end, start + 1));
  const data = { field: site.field };
  if (parsed.errors.length > 0 || !parsed.ast) {
    const error = parsed.errors[0];
    const start = Math.min(error?.start ?? 0, Math.max(0, text.length - 1));
    const end = Math.min(error?.end ?? text.length, text.length);
    ctx.report('invalid-intrinsic', at(start, end), MESSAGES.intrinsicSyntax(error?.message ?? 'not a function call'), {
      data,
    });
    return;
  }
  for (const problem of checkIntrinsic(parsed.ast))
    ctx.report('invalid-intrinsic', at(problem.start, problem.end), problem.message, { data });
}
