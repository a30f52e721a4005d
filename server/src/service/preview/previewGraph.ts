/*
 * The graph preview's model of a document (`asl/previewGraph`): machines, states with their
 * reachability, severity, Retry and ranges, and labelled edges. Works on partial models (broken
 * text); reachability comes from asl/graph.ts. Pure: diagnostics are passed in by the caller.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getPropertyValue } from '../../asl/nodes';
import { reachableStates, isTerminal } from '../../asl/graph';
import type { AslDocument, AslMachine, AslState, Transition } from '../../asl/types';
import type { PreviewEdge, PreviewGraph, PreviewMachine, PreviewState } from '../../protocol';
import type { AslDiagnostic, Severity } from '../diagnostics/types';
import { toRange } from '../navigation/ranges';
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
  const states: PreviewState[] = [];
  const edges: PreviewEdge[] = [];
  for (const machine of asl.allMachines) {
    const reachable = reachableStates(machine);
    for (const state of machine.states) {
      states.push(previewState(textDocument, state, ids[state.index], reachable.has(state), severities[state.index]));
      for (const t of state.transitions) edges.push(previewEdge(state, t, ids));
    }
  }
  return {
    syntaxErrors: asl.syntaxErrors.length,
    queryLanguage: asl.machine?.queryLanguage ?? 'JSONPath',
    machines: asl.allMachines.map(previewMachine),
    states,
    edges,
  };
}

/** `<machine id>/<state name>`, as StateGraphNode.id. */
export function previewStateId(state: AslState): string {
  return state.machine.id + '/' + state.name;
}

function previewMachine(machine: AslMachine): PreviewMachine {
  const owner = machine.owner;
  const start = machine.startAt?.resolved;
  return {
    id: machine.id,
    ...(owner !== undefined ? { parentState: previewStateId(owner.state) } : {}),
    label: machineLabel(machine),
    ...(start !== undefined ? { startAt: previewStateId(start) } : {}),
  };
}

function machineLabel(machine: AslMachine): string {
  const owner = machine.owner;
  if (owner === undefined) return 'State machine';
  if (owner.kind === 'Branch') return `Branch ${(owner.index ?? 0) + 1}`;
  return owner.kind === 'Iterator' ? 'Iterator' : 'Item processor';
}

function previewState(
  textDocument: TextDocument,
  state: AslState,
  id: string,
  reachable: boolean,
  severity: Severity | undefined,
): PreviewState {
  /* built field by field: no temporary objects per optional field (5000 states per request) */
  const out: Mutable<PreviewState> = {
    id,
    name: state.name,
    machine: state.machine.id,
    isEnd: isTerminal(state),
    reachable,
    nameRange: toRange(textDocument, state.nameSpan),
    range: toRange(textDocument, state.property),
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
