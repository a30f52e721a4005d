/*
 * invalid-intrinsic: intrinsic calls in `.$` values, ErrorPath, CausePath and Credentials: syntax
 * (escapes, quotes, parentheses), unknown function, arity, literal argument types, States.Format
 * placeholder count, States.Hash algorithm, States.JsonMerge deep flag, nesting depth (10); and
 * intrinsics written where only a path is allowed.
 */
import { isIntrinsicCall } from '../../../asl/expr';
import type { IntrinsicArg, IntrinsicCall } from '../../../asl/expr';
import { intrinsicSpec } from '../../../asl/spec';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import type { PathString } from '../support/pathStrings';
import { textSpan } from '../support/strings';
import { argProblem, formatPlaceholders } from '../support/intrinsicArgs';

const HASHES = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
const MAX_NESTING = 10;

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

function checkSite(ctx: RuleContext, site: PathString, text: string): void {
  const parsed = ctx.intrinsic(text);
  const at = (start: number, end: number) => textSpan(ctx.text, site.node, start, Math.max(end, start + 1));
  if (parsed.errors.length > 0 || !parsed.ast) {
    const error = parsed.errors[0];
    const start = Math.min(error?.start ?? 0, Math.max(0, text.length - 1));
    ctx.report(
      'invalid-intrinsic',
      at(start, Math.min(error?.end ?? text.length, text.length)),
      MESSAGES.intrinsicSyntax(error?.message ?? 'not a function call'),
      {
        data: { field: site.field },
      },
    );
    return;
  }
  const report = (start: number, end: number, message: string) =>
    ctx.report('invalid-intrinsic', at(start, end), message, { data: { field: site.field } });
  checkCall(parsed.ast, 1, report);
}

type Report = (start: number, end: number, message: string) => void;

function checkCall(call: IntrinsicCall, depth: number, report: Report): void {
  if (depth > MAX_NESTING) {
    report(call.nameStart, call.nameEnd, MESSAGES.intrinsicNesting());
    return;
  }
  for (const arg of call.args) if (arg.kind === 'call') checkCall(arg, depth + 1, report);
  const spec = intrinsicSpec(call.name);
  if (!spec) {
    report(call.nameStart, call.nameEnd, MESSAGES.unknownIntrinsic(call.name));
    return;
  }
  const max = spec.maxArgs ?? Infinity;
  if (call.args.length < spec.minArgs || call.args.length > max) {
    const expected =
      max === Infinity
        ? `at least ${spec.minArgs} argument(s)`
        : spec.minArgs === max
          ? `${max} argument(s)`
          : `${spec.minArgs} to ${max} arguments`;
    report(call.start, call.end, MESSAGES.intrinsicArity(call.name, expected, call.args.length));
    return;
  }
  call.args.forEach((arg, i) => {
    const expected = spec.argKinds[Math.min(i, spec.argKinds.length - 1)];
    const problem = expected ? argProblem(arg, expected) : undefined;
    if (problem) report(arg.start, arg.end, MESSAGES.intrinsicArgType(call.name, i, problem));
  });
  checkSpecifics(call, report);
}

function checkSpecifics(call: IntrinsicCall, report: Report): void {
  const [first, second, third] = call.args as (IntrinsicArg | undefined)[];
  if (call.name === 'States.Format' && first?.kind === 'string') {
    const placeholders = formatPlaceholders(first.raw);
    if (placeholders !== call.args.length - 1)
      report(first.start, first.end, MESSAGES.intrinsicFormatCount(placeholders, call.args.length - 1));
  } else if (call.name === 'States.Hash' && second?.kind === 'string' && !HASHES.includes(second.value)) {
    report(second.start, second.end, MESSAGES.intrinsicHashAlgorithm(HASHES));
  } else if (call.name === 'States.JsonMerge' && third?.kind === 'boolean' && third.value) {
    report(third.start, third.end, MESSAGES.intrinsicJsonMergeDeep());
  }
}
