"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invalidIntrinsicRule = void 0;
/*
 * invalid-intrinsic: intrinsic calls in `.$` values, ErrorPath, CausePath and Credentials: syntax
 * (escapes, quotes, parentheses), unknown function, arity, literal argument types, States.Format
 * placeholder count, States.Hash algorithm, States.JsonMerge deep flag, nesting depth (10); and
 * intrinsics written where only a path is allowed.
 */
const expr_1 = require("../../../asl/expr");
const spec_1 = require("../../../asl/spec");
const messages_1 = require("../messages");
const strings_1 = require("../support/strings");
const intrinsicArgs_1 = require("../support/intrinsicArgs");
const HASHES = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
const MAX_NESTING = 10;
exports.invalidIntrinsicRule = {
    scope: 'states',
    codes: ['invalid-intrinsic'],
    check(ctx) {
        for (const site of ctx.pathStrings) {
            const text = site.node.value;
            if (!(0, expr_1.isIntrinsicCall)(text))
                continue;
            if (site.accepts === 'path' || site.accepts === 'reference') {
                ctx.report('invalid-intrinsic', site.node.span, messages_1.MESSAGES.intrinsicNotHere(), { data: { field: site.field } });
                continue;
            }
            checkSite(ctx, site, text);
        }
    },
};
function checkSite(ctx, site, text) {
    const parsed = ctx.intrinsic(text);
    const at = (start, end) => (0, strings_1.textSpan)(ctx.text, site.node, start, Math.max(end, start + 1));
    if (parsed.errors.length > 0 || !parsed.ast) {
        const error = parsed.errors[0];
        const start = Math.min(error?.start ?? 0, Math.max(0, text.length - 1));
        ctx.report('invalid-intrinsic', at(start, Math.min(error?.end ?? text.length, text.length)), messages_1.MESSAGES.intrinsicSyntax(error?.message ?? 'not a function call'), {
            data: { field: site.field },
        });
        return;
    }
    const report = (start, end, message) => ctx.report('invalid-intrinsic', at(start, end), message, { data: { field: site.field } });
    checkCall(parsed.ast, 1, report);
}
function checkCall(call, depth, report) {
    if (depth > MAX_NESTING) {
        report(call.nameStart, call.nameEnd, messages_1.MESSAGES.intrinsicNesting());
        return;
    }
    for (const arg of call.args)
        if (arg.kind === 'call')
            checkCall(arg, depth + 1, report);
    const spec = (0, spec_1.intrinsicSpec)(call.name);
    if (!spec) {
        report(call.nameStart, call.nameEnd, messages_1.MESSAGES.unknownIntrinsic(call.name));
        return;
    }
    const max = spec.maxArgs ?? Infinity;
    if (call.args.length < spec.minArgs || call.args.length > max) {
        const expected = max === Infinity ? `at least ${spec.minArgs} argument(s)` : spec.minArgs === max ? `${max} argument(s)` : `${spec.minArgs} to ${max} arguments`;
        report(call.start, call.end, messages_1.MESSAGES.intrinsicArity(call.name, expected, call.args.length));
        return;
    }
    call.args.forEach((arg, i) => {
        const expected = spec.argKinds[Math.min(i, spec.argKinds.length - 1)];
        const problem = expected ? (0, intrinsicArgs_1.argProblem)(arg, expected) : undefined;
        if (problem)
            report(arg.start, arg.end, messages_1.MESSAGES.intrinsicArgType(call.name, i, problem));
    });
    checkSpecifics(call, report);
}
function checkSpecifics(call, report) {
    const [first, second, third] = call.args;
    if (call.name === 'States.Format' && first?.kind === 'string') {
        const placeholders = (0, intrinsicArgs_1.formatPlaceholders)(first.raw);
        if (placeholders !== call.args.length - 1)
            report(first.start, first.end, messages_1.MESSAGES.intrinsicFormatCount(placeholders, call.args.length - 1));
    }
    else if (call.name === 'States.Hash' && second?.kind === 'string' && !HASHES.includes(second.value)) {
        report(second.start, second.end, messages_1.MESSAGES.intrinsicHashAlgorithm(HASHES));
    }
    else if (call.name === 'States.JsonMerge' && third?.kind === 'boolean' && third.value) {
        report(third.start, third.end, messages_1.MESSAGES.intrinsicJsonMergeDeep());
    }
}
//# sourceMappingURL=invalid-intrinsic.js.map