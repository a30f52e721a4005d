"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getCodeActions = getCodeActions;
const symbolAt_1 = require("./navigation/symbolAt");
const quickFixes_1 = require("./actions/quickFixes");
const convertToJsonata_1 = require("./actions/convertToJsonata");
function getCodeActions(textDocument, asl, request) {
    const actions = [];
    for (const diagnostic of request.diagnostics)
        actions.push(...fixesForDiagnostic(textDocument, asl, diagnostic));
    actions.push(...cursorActions(textDocument, asl, textDocument.offsetAt(request.range.start)));
    return dedupe(actions).filter((a) => request.only === undefined || request.only.some((k) => a.kind === k || (a.kind ?? '').startsWith(k + '.')));
}
function fixesForDiagnostic(doc, asl, diagnostic) {
    const offset = doc.offsetAt(diagnostic.range.start);
    switch (diagnostic.code) {
        case 'undefined-state': {
            const symbol = (0, symbolAt_1.stateSymbolAt)(asl, offset);
            return symbol?.kind === 'reference' ? (0, quickFixes_1.undefinedStateFixes)(doc, asl, symbol.machine, symbol.transition, diagnostic) : [];
        }
        case 'missing-transition': {
            const state = stateForDiagnostic(asl, offset, dataState(diagnostic));
            return state === undefined ? [] : (0, quickFixes_1.missingTransitionFixes)(doc, asl, state, diagnostic);
        }
        case 'unreachable-state': {
            const state = stateForDiagnostic(asl, offset, dataState(diagnostic));
            return state === undefined ? [] : (0, quickFixes_1.unreachableStateFixes)(doc, asl, state, diagnostic);
        }
        default:
            return [];
    }
}
function cursorActions(doc, asl, offset) {
    const out = [];
    const symbol = (0, symbolAt_1.stateSymbolAt)(asl, offset);
    if (symbol?.kind === 'reference' && (0, symbolAt_1.findStateIn)(symbol.machine, symbol.name) === undefined) {
        out.push(...(0, quickFixes_1.undefinedStateFixes)(doc, asl, symbol.machine, symbol.transition));
    }
    const state = innermostState(asl, offset);
    if (state !== undefined && (0, quickFixes_1.lacksTransition)(state))
        out.push(...(0, quickFixes_1.missingTransitionFixes)(doc, asl, state));
    const convert = state === undefined ? undefined : (0, convertToJsonata_1.convertToJsonataAction)(doc, asl, state);
    if (convert !== undefined)
        out.push(convert);
    return out;
}
/** The innermost state whose property contains `offset` (allStates is depth-first). */
function innermostState(asl, offset) {
    let found;
    for (const state of asl.allStates)
        if ((0, symbolAt_1.touches)(state.property.span, offset))
            found = state;
    return found;
}
function stateForDiagnostic(asl, offset, name) {
    const at = innermostState(asl, offset);
    if (at !== undefined && (name === undefined || at.name === name))
        return at;
    return name === undefined ? undefined : asl.allStates.find((s) => s.name === name);
}
function dataState(diagnostic) {
    const data = diagnostic.data;
    if (data === null || typeof data !== 'object')
        return undefined;
    const state = data.state;
    return typeof state === 'string' ? state : undefined;
}
/** Keeps the first action of each title (diagnostic-driven ones come first). */
function dedupe(actions) {
    const seen = new Set();
    return actions.filter((a) => !seen.has(a.title) && (seen.add(a.title), true));
}
//# sourceMappingURL=codeActions.js.map