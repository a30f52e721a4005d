"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invalidJsonataRule = void 0;
const messages_1 = require("../messages");
const strings_1 = require("../support/strings");
const UNAVAILABLE = new Set(['eval']);
exports.invalidJsonataRule = {
    scope: 'states',
    codes: ['invalid-jsonata'],
    check(ctx) {
        const sites = ctx.expressions;
        for (const site of sites.jsonata)
            checkExpression(ctx, site);
        for (const site of sites.misplacedJsonata) {
            if (site.direct)
                continue; // invalid-type already says the field needs another type here
            ctx.report('invalid-jsonata', site.node.span, messages_1.MESSAGES.jsonataInJsonPath(), { severity: 'warning', data: { state: site.state.name } });
        }
        for (const site of sites.malformedJsonata) {
            if (site.direct)
                continue;
            ctx.report('invalid-jsonata', site.node.span, messages_1.MESSAGES.jsonataNotWhole(), { severity: 'warning', data: { state: site.state.name } });
        }
    },
};
function checkExpression(ctx, site) {
    const value = site.node.value;
    if (site.expression.trim() === '') {
        ctx.report('invalid-jsonata', (0, strings_1.textSpan)(ctx.text, site.node, 0, value.length), messages_1.MESSAGES.jsonataEmpty(), { data: { state: site.state.name } });
        return;
    }
    const parsed = ctx.jsonata(site.expression);
    if (parsed.error) {
        const { start, end, message, atEnd } = parsed.error;
        // +2: the expression starts after "{%". An error at the very end points at the closing "%}".
        const from = atEnd ? value.length - 2 : 2 + start;
        const to = atEnd ? value.length : Math.max(2 + end, from + 1);
        ctx.report('invalid-jsonata', (0, strings_1.textSpan)(ctx.text, site.node, from, Math.min(to, value.length)), messages_1.MESSAGES.jsonataSyntax(message), {
            data: { state: site.state.name },
        });
        return;
    }
    for (const ref of parsed.refs?.topLevelNames ?? []) {
        ctx.report('invalid-jsonata', (0, strings_1.textSpan)(ctx.text, site.node, 2 + ref.start, 2 + ref.end), messages_1.MESSAGES.jsonataTopLevel(ref.name), {
            data: { state: site.state.name, name: ref.name },
        });
    }
    checkStatesFields(ctx, site);
    for (const fn of parsed.refs?.functions ?? []) {
        if (!UNAVAILABLE.has(fn.name))
            continue;
        ctx.report('invalid-jsonata', (0, strings_1.textSpan)(ctx.text, site.node, 2 + fn.start, 2 + fn.end), messages_1.MESSAGES.jsonataUnsupportedFunction(fn.name), {
            data: { state: site.state.name, function: fn.name },
        });
    }
}
const ERROR_OUTPUT = /\$states\s*\.\s*errorOutput\b/;
const RESULT = /\$states\s*\.\s*result\b/;
const HAS_RESULT = new Set(['Task', 'Parallel', 'Map']);
/** $states.errorOutput only in catchers (AWS refuses it elsewhere); $states.result only after a result exists (warning). */
function checkStatesFields(ctx, site) {
    const inCatcher = site.field === 'Catch';
    const errorOutput = ERROR_OUTPUT.exec(site.expression);
    if (errorOutput && !inCatcher) {
        const at = 2 + errorOutput.index;
        ctx.report('invalid-jsonata', (0, strings_1.textSpan)(ctx.text, site.node, at, at + errorOutput[0].length), messages_1.MESSAGES.jsonataErrorOutput(), { data: { state: site.state.name } });
    }
    const result = RESULT.exec(site.expression);
    const resultOk = !inCatcher && HAS_RESULT.has(site.state.type ?? '') && (site.field === 'Output' || site.field === 'Assign');
    if (result && !resultOk) {
        const at = 2 + result.index;
        ctx.report('invalid-jsonata', (0, strings_1.textSpan)(ctx.text, site.node, at, at + result[0].length), messages_1.MESSAGES.jsonataResult(), { severity: 'warning', data: { state: site.state.name } });
    }
}
//# sourceMappingURL=invalid-jsonata.js.map