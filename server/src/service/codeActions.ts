/*
 * Code actions: quick fixes driven by the diagnostics the client sends back (code + data), the same
 * fixes from the cursor when no diagnostic is attached, and the "Convert to JSONata" refactoring
 * for the state at the cursor. Filtered by `only`. Pure; LSP types only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { AslDocument, AslState } from '../asl/types';
import { findStateIn, stateSymbolAt, touches } from './navigation/symbolAt';
import {
  lacksTransition,
  missingTransitionFixes,
  undefinedStateFixes,
  unreachableStateFixes,
} from './actions/quickFixes';
import { convertToJsonataAction } from './actions/convertToJsonata';
import { quoteFilterValueFix } from './actions/quoteFilterValue';

export interface CodeActionRequest {
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
}

export function getCodeActions(textDocument: TextDocument, asl: AslDocument, request: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of request.diagnostics) actions.push(...fixesForDiagnostic(textDocument, asl, diagnostic));
  actions.push(...cursorActions(textDocument, asl, textDocument.offsetAt(request.range.start)));
  return dedupe(actions).filter(
    (a) => request.only === undefined || request.only.some((k) => a.kind === k || (a.kind ?? '').startsWith(k + '.')),
  );
}

function fixesForDiagnostic(doc: TextDocument, asl: AslDocument, diagnostic: Diagnostic): CodeAction[] {
  const offset = doc.offsetAt(diagnostic.range.start);
  switch (diagnostic.code) {
    case 'undefined-state': {
      const symbol = stateSymbolAt(asl, offset);
      return symbol?.kind === 'reference'
        ? undefinedStateFixes(doc, asl, symbol.machine, symbol.transition, diagnostic)
        : [];
    }
    case 'missing-transition': {
      const state = stateForDiagnostic(asl, offset, dataState(diagnostic));
      return state === undefined ? [] : missingTransitionFixes(doc, asl, state, diagnostic);
    }
    case 'unreachable-state': {
      const state = stateForDiagnostic(asl, offset, dataState(diagnostic));
      return state === undefined ? [] : unreachableStateFixes(doc, asl, state, diagnostic);
    }
    case 'unquoted-filter-value':
      return quoteFilterValueFix(doc, diagnostic);
    default:
      return [];
  }
}

function cursorActions(doc: TextDocument, asl: AslDocument, offset: number): CodeAction[] {
  const out: CodeAction[] = [];
  const symbol = stateSymbolAt(asl, offset);
  if (symbol?.kind === 'reference' && findStateIn(symbol.machine, symbol.name) === undefined) {
    out.push(...undefinedStateFixes(doc, asl, symbol.machine, symbol.transition));
  }
  const state = innermostState(asl, offset);
  if (state !== undefined && lacksTransition(state)) out.push(...missingTransitionFixes(doc, asl, state));
  const convert = state === undefined ? undefined : convertToJsonataAction(doc, asl, state);
  if (convert !== undefined) out.push(convert);
  return out;
}

/** The innermost state whose property contains `offset` (allStates is depth-first). */
function innermostState(asl: AslDocument, offset: number): AslState | undefined {
  let found: AslState | undefined;
  for (const state of asl.allStates) if (touches(state.property.span, offset)) found = state;
  return found;
}

function stateForDiagnostic(asl: AslDocument, offset: number, name: string | undefined): AslState | undefined {
  const at = innermostState(asl, offset);
  if (at !== undefined && (name === undefined || at.name === name)) return at;
  return name === undefined ? undefined : asl.allStates.find((s) => s.name === name);
}

function dataState(diagnostic: Diagnostic): string | undefined {
  const data: unknown = diagnostic.data;
  if (data === null || typeof data !== 'object') return undefined;
  const state = (data as Record<string, unknown>).state;
  return typeof state === 'string' ? state : undefined;
}

/** Keeps the first action of each title (diagnostic-driven ones come first). */
function dedupe(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => !seen.has(a.title) && (seen.add(a.title), true));
}
