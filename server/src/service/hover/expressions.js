"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expressionHover = expressionHover;
/*
 * Hover inside expression strings: intrinsic functions and `$$.` paths in JSONPath; `$states`
 * members, context fields and JSONata functions inside `{% %}`; workflow variables in both.
 */
const spec_1 = require("../../asl/spec");
const variables_1 = require("../variables");
const nodes_1 = require("../../asl/nodes");
const tokens_1 = require("../completion/tokens");
function contextDoc(path) {
    const segments = path.split('.');
    for (let n = segments.length; n > 0; n--) {
        const key = segments.slice(0, n).join('.');
        const f = spec_1.CONTEXT_FIELDS.find((c) => c.path === key);
        if (f !== undefined)
            return `**Context: \`${key}\`**\n\n${f.doc}${f.availability ? `\n\n_${f.availability}_` : ''}`;
    }
    return undefined;
}
/** States of the document whose Assign (state, rule or catcher) sets `name`. */
function assigners(asl, name) {
    const out = [];
    for (const s of asl.allStates) {
        const lists = ['Choices', 'Catch'].map((k) => (0, nodes_1.getPropertyValue)(s.node, k));
        const nodes = [(0, nodes_1.getPropertyValue)(s.node, 'Assign')];
        for (const l of lists)
            if (l !== undefined && l.kind === 'array')
                for (const i of l.items)
                    nodes.push((0, nodes_1.getPropertyValue)(i, 'Assign'));
        if (nodes.some((n) => (0, variables_1.assignedNames)(n).includes(name)))
            out.push(s.name);
    }
    return out;
}
function variableDoc(asl, token) {
    const name = token.slice(1).split('.')[0];
    if (name === '' || name === 'states')
        return undefined;
    const by = assigners(asl, name);
    if (by.length === 0)
        return undefined;
    return `**Workflow variable \`$${name}\`**\n\nAssigned by: ${by.map((b) => `\`${b}\``).join(', ')}`;
}
function statesDoc(token) {
    if (token === '$states')
        return '**`$states`**: reserved variable with `input`, `context` and, where available, `result` and `errorOutput`.';
    if (token.startsWith('$states.context'))
        return token === '$states.context' ? contextMemberDoc() : contextDoc(token.slice('$states.context.'.length));
    const member = token.slice('$states.'.length).split('.')[0];
    const f = spec_1.STATES_VARIABLE_FIELDS.find((m) => m.path === member);
    return f === undefined ? undefined : `**\`$states.${member}\`**\n\n${f.doc}${f.availability ? `\n\n_${f.availability}_` : ''}`;
}
function contextMemberDoc() {
    const f = spec_1.STATES_VARIABLE_FIELDS.find((m) => m.path === 'context');
    return `**\`$states.context\`**\n\n${f?.doc ?? 'The context object.'}`;
}
function jsonataDoc(asl, token, calls) {
    if (token.startsWith('$states'))
        return statesDoc(token);
    const fn = (0, spec_1.jsonataFunctionSpec)(token.split('.')[0]);
    const variable = variableDoc(asl, token);
    if (variable !== undefined && !calls)
        return variable;
    if (fn !== undefined) {
        if (fn.unavailable)
            return `**\`${fn.name}\`** is not available in Step Functions.`;
        return `\`\`\`\n${fn.signature}\n\`\`\`\n\n${fn.doc}${fn.awsOnly ? '\n\n_Added by Step Functions._' : ''}`;
    }
    return variable;
}
function jsonPathDoc(asl, token) {
    if (token.startsWith('States.')) {
        const f = (0, spec_1.intrinsicSpec)(token);
        return f === undefined ? undefined : `\`\`\`\n${f.signature}\n\`\`\`\n\n${f.doc}`;
    }
    if (token.startsWith('$$.'))
        return contextDoc(token.slice(3));
    if (token.startsWith('$') && !token.startsWith('$.'))
        return variableDoc(asl, token);
    return undefined;
}
function insideJsonata(text, content, offset) {
    const before = text.slice(content.start, offset);
    const open = before.lastIndexOf('{%');
    return open >= 0 && before.indexOf('%}', open) < 0;
}
function expressionHover(asl, scope, node, offset) {
    const text = asl.text;
    const token = (0, tokens_1.tokenAt)(text, node.contentSpan, offset);
    const word = text.slice(token.span.start, token.span.end).replace(/\.+$/, '');
    if (word === '')
        return undefined;
    const span = { start: token.span.start, end: token.span.start + word.length };
    let markdown;
    if (scope.language === 'JSONata') {
        if (!insideJsonata(text, node.contentSpan, offset))
            return undefined;
        markdown = jsonataDoc(asl, word, text[span.end] === '(');
    }
    else {
        markdown = jsonPathDoc(asl, word);
    }
    return markdown === undefined ? undefined : { markdown, span };
}
//# sourceMappingURL=expressions.js.map