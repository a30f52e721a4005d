/*
 * Quick fixes for the transition diagnostics: create a missing state, use the closest existing
 * name, add `End: true` or a `Next`, remove an unreachable state. Each builder returns CodeActions
 * (empty when the document's shape cannot be edited safely). Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { AslDocument, AslMachine, AslState, Transition } from '../../asl/types';
import { nameEdit } from '../navigation/ranges';
import { checkNewName } from '../rename';
import { closestName } from '../../asl/similarity';
import { addFieldEdits, insertStateEdits, removeStateEdits } from './stateEdits';

/** States that need no Next/End. */
const TERMINAL_TYPES = new Set(['Choice', 'Succeed', 'Fail']);

export function undefinedStateFixes(
  doc: TextDocument,
  asl: AslDocument,
  machine: AslMachine,
  transition: Transition,
  diagnostic?: Diagnostic,
): CodeAction[] {
  const out: CodeAction[] = [];
  const target = transition.target;
  const suggestion =
    suggestionOf(diagnostic) ??
    closestName(
      target,
      machine.states.map((s) => s.name),
    );
  if (suggestion !== undefined) {
    out.push(
      fix(doc, `Change to "${suggestion}"`, [nameEdit(doc, transition.span, suggestion, asl.format)], diagnostic, true),
    );
  }
  if (checkNewName(asl, target) === undefined) {
    for (const type of ['Pass', 'Succeed'] as const) {
      const skeleton = type === 'Pass' ? { Type: 'Pass', End: true } : { Type: 'Succeed' };
      const edits = insertStateEdits(doc, asl, machine, target, skeleton);
      if (edits !== undefined) out.push(fix(doc, `Create ${type} state "${target}"`, edits, diagnostic, false));
    }
  }
  return out;
}

export function missingTransitionFixes(
  doc: TextDocument,
  asl: AslDocument,
  state: AslState,
  diagnostic?: Diagnostic,
): CodeAction[] {
  if (state.type !== undefined && TERMINAL_TYPES.has(state.type)) return [];
  const out: CodeAction[] = [];
  const end = addFieldEdits(doc, asl, state, 'End', true);
  if (end !== undefined) out.push(fix(doc, 'Add "End": true', end, diagnostic, true));
  const candidate = nextCandidate(state);
  const next = candidate === undefined ? undefined : addFieldEdits(doc, asl, state, 'Next', candidate);
  if (next !== undefined) out.push(fix(doc, `Add "Next": "${candidate}"`, next, diagnostic, false));
  return out;
}

export function unreachableStateFixes(
  doc: TextDocument,
  asl: AslDocument,
  state: AslState,
  diagnostic?: Diagnostic,
): CodeAction[] {
  const edits = removeStateEdits(doc, asl, state);
  return edits === undefined ? [] : [fix(doc, `Remove unreachable state "${state.name}"`, edits, diagnostic, true)];
}

/** True when the state has neither Next nor End and needs one of them. */
export function lacksTransition(state: AslState): boolean {
  if (state.node === undefined || state.isEnd || (state.type !== undefined && TERMINAL_TYPES.has(state.type)))
    return false;
  return !state.node.properties.some((p) => p.key === 'Next' || p.key === 'End');
}

/** The state that follows `state` in source order, else the first other state of its machine. */
function nextCandidate(state: AslState): string | undefined {
  const states = state.machine.states;
  const index = states.indexOf(state);
  const after = states.slice(index + 1).find((s) => s.name !== state.name);
  return (after ?? states.find((s) => s.name !== state.name))?.name;
}

function suggestionOf(diagnostic: Diagnostic | undefined): string | undefined {
  const data: unknown = diagnostic?.data;
  if (data === null || typeof data !== 'object') return undefined;
  const suggestion = (data as Record<string, unknown>).suggestion;
  return typeof suggestion === 'string' ? suggestion : undefined;
}

function fix(
  doc: TextDocument,
  title: string,
  edits: TextEdit[],
  diagnostic: Diagnostic | undefined,
  preferred: boolean,
): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: edits } } };
  if (diagnostic !== undefined) action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}
