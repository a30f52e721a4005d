/*
 * The graph preview's model of a document (`asl/previewGraph`), built straight into its compact wire
 * form (PreviewGraphWire: one array per field, machines and states by index, no state ids): machines,
 * states with their reachability, severity and Retry, their ranges (flat numbers), and labelled edges.
 * previewGraph() is that answer decoded as the client decodes it, so the CLI, the tests and the webview
 * see one graph. Works on partial models (broken text); reachability comes from asl/graph.ts. Pure:
 * diagnostics are passed in by the caller.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { reachableStates, isTerminal, type StateSet } from '../../asl/graph';
import type { AslDocument, AslMachine, AslState, Span } from '../../asl/types';
import {
  decodePreviewGraph,
  PREVIEW_EDGE_KINDS,
  PREVIEW_RANGE_CHUNK,
  PREVIEW_SEVERITIES,
  type PreviewGraph,
  type PreviewGraphWire,
  type PreviewRetry,
} from '../../protocol';
import type { AslDiagnostic, Severity } from '../diagnostics/types';
import { nodeFacts, severitiesByState, type NodeFacts } from './stateFacts';
import { typeIndex } from './previewWire';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The preview graph as the client holds it (decodePreviewGraph of previewGraphWire's answer). */
export function previewGraph(
  textDocument: TextDocument,
  asl: AslDocument,
  diagnostics: readonly AslDiagnostic[],
): PreviewGraph {
  return decodePreviewGraph(previewGraphWire(textDocument, asl, diagnostics));
}

/**
 * The preview graph in its wire form, written column by column from the model: no object or id string
 * per state or edge (5000 states per request). States are listed machine by machine (allMachines
 * order), each machine's in source order.
 */
export function previewGraphWire(
  textDocument: TextDocument,
  asl: AslDocument,
  diagnostics: readonly AslDiagnostic[],
): PreviewGraphWire {
  const order = wireOrder(asl);
  return {
    syntaxErrors: asl.syntaxErrors.length,
    queryLanguage: asl.machine?.queryLanguage ?? 'JSONPath',
    machines: machineRows(asl.allMachines, order),
    ...columns(textDocument, asl, diagnostics, order),
  };
}

/**
 * Where each state sits in the wire's state columns, by AslState.index: `at` its own row (for its
 * columns and ranges), `ref` the row that stands for it wherever a state is referred to (an edge's ends,
 * a machine's owner and start): the first state of its machine with its name, as its id (`<machine
 * id>/<name>`) names that one. Rows of states listed in no machine's states (none today) stay -1.
 */
interface WireOrder {
  readonly count: number;
  readonly at: Int32Array;
  readonly ref: Int32Array;
}

function wireOrder(asl: AslDocument): WireOrder {
  const at = new Int32Array(asl.allStates.length).fill(-1);
  const ref = new Int32Array(asl.allStates.length).fill(-1);
  const machines = asl.allMachines;
  let count = 0;
  /* indexed loops: a request runs once per version, often before the optimizing compiler has seen this code */
  for (let m = 0; m < machines.length; m++) {
    const states = machines[m].states;
    for (let i = 0; i < states.length; i++) at[states[i].index] = count++;
  }
  for (let m = 0; m < machines.length; m++) {
    const machine = machines[m];
    const unique = machine.stateByName.size === machine.states.length; // no duplicated name: no lookups
    for (let i = 0; i < machine.states.length; i++) {
      const state = machine.states[i];
      const first = unique ? state : (machine.stateByName.get(state.name) ?? state);
      ref[state.index] = at[first.index];
    }
  }
  return { count, at, ref };
}

type MachineRow = PreviewGraphWire['machines'][number];

function machineRows(machines: readonly AslMachine[], order: WireOrder): MachineRow[] {
  const rows: MachineRow[] = [];
  for (let m = 0; m < machines.length; m++) {
    const machine = machines[m];
    const owner = machine.owner;
    const start = machine.startAt?.resolved;
    const row: Mutable<MachineRow> = { id: machine.id, label: machineLabel(machine) };
    if (owner !== undefined) row.parentState = order.ref[owner.state.index];
    if (start !== undefined) row.startAt = order.ref[start.index];
    rows.push(row);
  }
  return rows;
}

function machineLabel(machine: AslMachine): string {
  const owner = machine.owner;
  if (owner === undefined) return 'State machine';
  if (owner.kind === 'Branch') return `Branch ${(owner.index ?? 0) + 1}`;
  return owner.kind === 'Iterator' ? 'Iterator' : 'Item processor';
}

/** PreviewGraphWire's state and edge columns, being written. */
interface Columns {
  readonly names: string[];
  readonly stateMachines: number[];
  readonly flags: number[];
  readonly stateTypes: number[];
  readonly types: string[];
  readonly retries: [number, number][];
  readonly retryLists: (readonly PreviewRetry[])[];
  readonly comments: [number, string][];
  readonly ranges: number[][];
  readonly edgeFrom: number[];
  readonly edgeTo: number[];
  readonly edgeTargets: [number, string][];
  readonly edgeKinds: number[];
  readonly edgeLabels: (string | null)[];
}

/** One pass over the states, machine by machine: each state's row, then its transitions' rows. */
function columns(
  textDocument: TextDocument,
  asl: AslDocument,
  diagnostics: readonly AslDiagnostic[],
  order: WireOrder,
): Columns {
  const n = order.count;
  const out: Columns = {
    names: new Array<string>(n),
    stateMachines: new Array<number>(n),
    flags: new Array<number>(n),
    stateTypes: new Array<number>(n),
    types: [],
    retries: [],
    retryLists: [],
    comments: [],
    ranges: rangeChunks(n),
    edgeFrom: [],
    edgeTo: [],
    edgeTargets: [],
    edgeKinds: [],
    edgeLabels: [],
  };
  const severities = severitiesByState(asl, diagnostics);
  /* one pass over every machine (a machine's transitions stay inside it): one mark array, not one per machine */
  const reachable = reachableStates(asl);
  const text = textDocument.getText();
  const retryLists = new Map<string, number>();
  const machines = asl.allMachines;
  let line = 0; // the previous state's start line (rows are written in order)
  for (let m = 0; m < machines.length; m++) {
    const states = machines[m].states;
    for (let i = 0; i < states.length; i++) {
      const state = states[i];
      const row = order.at[state.index];
      const facts = nodeFacts(state);
      writeState(out, row, m, state, stateFlags(state, reachable, severities[state.index]), facts);
      if (facts.retryKey !== undefined) out.retries.push([row, retryList(out, retryLists, facts)]);
      const chunk = out.ranges[Math.floor((row * 8) / PREVIEW_RANGE_CHUNK)];
      line = setRanges(chunk, (row * 8) % PREVIEW_RANGE_CHUNK, line, textDocument, text, state);
      writeEdges(out, state, order, facts.labels);
    }
  }
  return out;
}

/** Pre-sized arrays for the ranges of `count` states (PreviewGraphWire.ranges). */
function rangeChunks(count: number): number[][] {
  const chunks: number[][] = [];
  for (let left = count * 8; left > 0; left -= PREVIEW_RANGE_CHUNK)
    chunks.push(new Array<number>(Math.min(left, PREVIEW_RANGE_CHUNK)));
  return chunks;
}

/** 1 when the state ends its machine, + 2 when reachable, + 4 × (1 + its severity's index): PreviewGraphWire.flags. */
function stateFlags(state: AslState, reachable: StateSet, severity: Severity | undefined): number {
  const flags = (isTerminal(state) ? 1 : 0) + (reachable.has(state) ? 2 : 0);
  return severity === undefined ? flags : flags + 4 * (1 + PREVIEW_SEVERITIES.indexOf(severity));
}

function writeState(
  out: Columns,
  row: number,
  machine: number,
  state: AslState,
  flags: number,
  facts: NodeFacts,
): void {
  out.names[row] = state.name;
  out.stateMachines[row] = machine;
  out.flags[row] = flags;
  out.stateTypes[row] = state.type === undefined ? -1 : typeIndex(out.types, state.type);
  if (facts.comment !== undefined) out.comments.push([row, facts.comment]);
}

/** The index of the state's Retry rules in retryLists, added there when no state before had equal ones. */
function retryList(out: Columns, indexes: Map<string, number>, facts: NodeFacts): number {
  const key = facts.retryKey as string;
  let index = indexes.get(key);
  if (index === undefined) {
    index = out.retryLists.push(facts.retry as readonly PreviewRetry[]) - 1;
    indexes.set(key, index);
  }
  return index;
}

/**
 * Writes the state's name range and whole range at `at` as PreviewGraphWire.ranges does (differences from
 * `previousLine` and from the name's start); returns the name's start line. Two lookups where four would
 * do the same: the whole state starts at its name, and a name without a line break ends on its line.
 */
function setRanges(
  out: number[],
  at: number,
  previousLine: number,
  textDocument: TextDocument,
  text: string,
  state: AslState,
): number {
  const name = state.nameSpan;
  const whole = state.property;
  const start = textDocument.positionAt(name.start);
  const line = start.line;
  const character = start.character;
  const nameEnd = oneLine(text, name) ? undefined : textDocument.positionAt(name.end);
  const wholeStart = whole.start === name.start ? start : textDocument.positionAt(whole.start);
  const end = textDocument.positionAt(whole.end);
  out[at] = line - previousLine;
  out[at + 1] = character;
  out[at + 2] = nameEnd === undefined ? 0 : nameEnd.line - line;
  out[at + 3] = nameEnd === undefined ? name.end - name.start : nameEnd.character - character;
  out[at + 4] = wholeStart.line - line;
  out[at + 5] = wholeStart.character - character;
  out[at + 6] = end.line - line;
  out[at + 7] = end.character - character;
  return line;
}

function oneLine(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return span.end <= text.length;
}

/** The state's transitions in order, as edges from the row standing for it. */
function writeEdges(out: Columns, state: AslState, order: WireOrder, labels: readonly (string | null)[]): void {
  const transitions = state.transitions;
  const from = order.ref[state.index];
  for (let k = 0; k < transitions.length; k++) {
    const t = transitions[k];
    const to = t.resolved === undefined ? -1 : order.ref[t.resolved.index];
    const edge = out.edgeFrom.push(from) - 1;
    out.edgeTo.push(to);
    /* the target as written, unless it is the name of the state it resolves to (the decoder reads it there) */
    if (to < 0 || t.resolved?.name !== t.target) out.edgeTargets.push([edge, t.target]);
    out.edgeKinds.push(PREVIEW_EDGE_KINDS.indexOf(t.kind === 'StartAt' ? 'Next' : t.kind));
    out.edgeLabels.push(labels[k]);
  }
}
