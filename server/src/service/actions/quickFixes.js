"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.undefinedStateFixes = undefinedStateFixes;
exports.missingTransitionFixes = missingTransitionFixes;
exports.unreachableStateFixes = unreachableStateFixes;
exports.lacksTransition = lacksTransition;
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const ranges_1 = require("../navigation/ranges");
const rename_1 = require("../rename");
const closestName_1 = require("./closestName");
const stateEdits_1 = require("./stateEdits");
/** States that need no Next/End. */
const TERMINAL_TYPES = new Set(['Choice', 'Succeed', 'Fail']);
function undefinedStateFixes(doc, asl, machine, transition, diagnostic) {
    const out = [];
    const target = transition.target;
    const suggestion = suggestionOf(diagnostic) ?? (0, closestName_1.closestName)(target, machine.states.map((s) => s.name));
    if (suggestion !== undefined) {
        out.push(fix(doc, `Change to "${suggestion}"`, [(0, ranges_1.nameEdit)(doc, transition.span, suggestion, asl.format)], diagnostic, true));
    }
    if ((0, rename_1.checkNewName)(asl, target) === undefined) {
        for (const type of ['Pass', 'Succeed']) {
            const skeleton = type === 'Pass' ? { Type: 'Pass', End: true } : { Type: 'Succeed' };
            const edits = (0, stateEdits_1.insertStateEdits)(doc, asl, machine, target, skeleton);
            if (edits !== undefined)
                out.push(fix(doc, `Create ${type} state "${target}"`, edits, diagnostic, false));
        }
    }
    return out;
}
function missingTransitionFixes(doc, asl, state, diagnostic) {
    if (state.type !== undefined && TERMINAL_TYPES.has(state.type))
        return [];
    const out = [];
    const end = (0, stateEdits_1.addFieldEdits)(doc, asl, state, 'End', true);
    if (end !== undefined)
        out.push(fix(doc, 'Add "End": true', end, diagnostic, true));
    const candidate = nextCandidate(state);
    const next = candidate === undefined ? undefined : (0, stateEdits_1.addFieldEdits)(doc, asl, state, 'Next', candidate);
    if (next !== undefined)
        out.push(fix(doc, `Add "Next": "${candidate}"`, next, diagnostic, false));
    return out;
}
function unreachableStateFixes(doc, asl, state, diagnostic) {
    const edits = (0, stateEdits_1.removeStateEdits)(doc, asl, state);
    return edits === undefined ? [] : [fix(doc, `Remove unreachable state "${state.name}"`, edits, diagnostic, true)];
}
/** True when the state has neither Next nor End and needs one of them. */
function lacksTransition(state) {
    if (state.node === undefined || state.isEnd || (state.type !== undefined && TERMINAL_TYPES.has(state.type)))
        return false;
    return !state.node.properties.some((p) => p.key === 'Next' || p.key === 'End');
}
/** The state that follows `state` in source order, else the first other state of its machine. */
function nextCandidate(state) {
    const states = state.machine.states;
    const index = states.indexOf(state);
    const after = states.slice(index + 1).find((s) => s.name !== state.name);
    return (after ?? states.find((s) => s.name !== state.name))?.name;
}
function suggestionOf(diagnostic) {
    const data = diagnostic?.data;
    if (data === null || typeof data !== 'object')
        return undefined;
    const suggestion = data.suggestion;
    return typeof suggestion === 'string' ? suggestion : undefined;
}
function fix(doc, title, edits, diagnostic, preferred) {
    const action = { title, kind: vscode_languageserver_types_1.CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: edits } } };
    if (diagnostic !== undefined)
        action.diagnostics = [diagnostic];
    if (preferred)
        action.isPreferred = true;
    return action;
}
//# sourceMappingURL=quickFixes.js.map