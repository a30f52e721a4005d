/*
 * The graph preview's model of a document (`asl/previewGraph`): machines, states with their
 * reachability, severity and Retry, their ranges (flat numbers), and labelled edges. Works on partial
 * models (broken text); reachability comes from asl/graph.ts. Pure: diagnostics are passed in by the caller.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getPropertyValue } from '../../asl/nodes';
import { reachableStates, isTerminal } from '../../asl/graph';
import type { AslDocument, AslMachine, AslState, Span, Transition } from '../../asl/types';
import type { PreviewEdge, PreviewGraph, PreviewMachine, PreviewState } from '../../protocol';
import type { AslDiagnostic, Severity } from '../diagnostics/types';
import { choiceRuleLabel } from './choiceLabel';
import { commentOf, errorNames, retryRules, severitiesByState } from './stateFacts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function previewGraph(
  textDocument: TextDocument,
  asl: AslDocument,
  diagnostics: readonly AslDiagnostic[],
): PreviewGraph {
  const severities = severitiesByState(asl, diagnostics);
  /* each id built once (by AslState.index) and shared by the state and its edges: 5000 states per request */
  const ids = asl.allStates.map(previewStateId);
  /* one pass over every machine (a machine's transitions stay inside it): one mark array, not one per machine */
  const reachable = reachableStates(asl);
  const states: PreviewState[] = [];
  const ranges: number[] = new Array<number>(asl.allStates.length * 8);
  const text = textDocument.getText();
  const edges: PreviewEdge[] = [];
  /* indexed loops: a request runs once per version, often before the optimizing compiler has seen this code */
  const machines = asl.allMachines;
  for (let m = 0; m < machines.length; m++) {
    const machineStates = machines[m].states;
    for (let i = 0; i < machineStates.length; i++) {
      const state = machineStates[i];
      setRanges(ranges, states.length * 8, textDocument, text, state);
      states.push(previewState(state, ids[state.index], reachable.has(state), severities[state.index]));
      const transitions = state.transitions;
      for (let k = 0; k < transitions.length; k++) edges.push(previewEdge(state, transitions[k], ids));
    }
  }
  ranges.length = states.length * 8; // a state listed in no machine's states (none today) leaves no hole
  return {
    syntaxErrors: asl.syntaxErrors.length,
    queryLanguage: asl.machine?.queryLanguage ?? 'JSONPath',
    machines: asl.allMachines.map((machine) => previewMachine(machine, ids)),
    states,
    ranges,
    edges,
  };
}

/**
 * Writes the state's name range and whole range as 8 numbers at `at` (PreviewGraph.ranges). Two lookups where
 * four would do the same: the whole state starts at its name, and a name without a line break ends on its line.
 */
function setRanges(out: number[], at: number, textDocument: TextDocument, text: string, state: AslState): void {
  const name = state.nameSpan;
  const whole = state.property;
  const start = textDocument.positionAt(name.start);
  const nameEnd = oneLine(text, name)
    ? { line: start.line, character: start.character + name.end - name.start }
    : textDocument.positionAt(name.end);
  const wholeStart = whole.start === name.start ? start : textDocument.positionAt(whole.start);
  const end = textDocument.positionAt(whole.end);
  out[at] = start.line;
  out[at + 1] = start.character;
  out[at + 2] = nameEnd.line;
  out[at + 3] = nameEnd.character;
  out[at + 4] = wholeStart.line;
  out[at + 5] = wholeStart.character;
  out[at + 6] = end.line;
  out[at + 7] = end.character;
}

function oneLine(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return span.end <= text.length;
}

/** `<machine id>/<state name>`, as StateGraphNode.id. */
export function previewStateId(state: AslState): string {
  return state.machine.id + '/' + state.name;
}

function previewMachine(machine: AslMachine, ids: readonly string[]): PreviewMachine {
  const owner = machine.owner;
  const start = machine.startAt?.resolved;
  const out: Mutable<PreviewMachine> = { id: machine.id, label: machineLabel(machine) };
  if (owner !== undefined) out.parentState = ids[owner.state.index];
  if (start !== undefined) out.startAt = ids[start.index];
  return out;
}

function machineLabel(machine: AslMachine): string {
  const owner = machine.owner;
  if (owner === undefined) return 'State machine';
  if (owner.kind === 'Branch') return `Branch ${(owner.index ?? 0) + 1}`;
  return owner.kind === 'Iterator' ? 'Iterator' : 'Item processor';
}

function previewState(state: AslState, id: string, reachable: boolean, severity: Severity | undefined): PreviewState {
  /* built field by field: no temporary objects per optional field (5000 states per request) */
  const out: Mutable<PreviewState> = {
    id,
    name: state.name,
    machine: state.machine.id,
    isEnd: isTerminal(state),
    reachable,
  };
  if (state.type !== undefined) out.type = state.type;
  if (severity !== undefined) out.severity = severity;
  const retry = retryRules(state);
  if (retry !== undefined) out.retry = retry;
  const comment = commentOf(state);
  if (comment !== undefined) out.comment = comment;
  return out;
}

function previewEdge(state: AslState, t: Transition, ids: readonly string[]): PreviewEdge {
  const out: Mutable<PreviewEdge> = {
    from: ids[state.index],
    target: t.target,
    machine: state.machine.id,
    kind: t.kind === 'StartAt' ? 'Next' : t.kind,
  };
  if (t.resolved !== undefined) out.to = ids[t.resolved.index];
  const label = edgeLabel(state, t);
  if (label !== undefined) out.label = label;
  return out;
}

function edgeLabel(state: AslState, t: Transition): string | undefined {
  if (t.kind === 'Default') return 'Default';
  const list = getPropertyValue(state.node, t.kind === 'Choice' ? 'Choices' : 'Catch');
  const rule = list?.kind === 'array' && t.index !== undefined ? list.items[t.index] : undefined;
  if (t.kind === 'Choice') return choiceRuleLabel(rule);
  if (t.kind === 'Catch') return errorNames(rule).join(', ') || undefined;
  return undefined;
}
