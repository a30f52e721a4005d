/*
 * Custom LSP messages between the ASL Studio client and server, declared once here (literal method
 * names, typed params/results) and imported by both halves. Only vscode-languageserver-protocol.
 */
import { RequestType, type Range, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

/**
 * Node flags the language server process runs with. A larger young generation: parse + all rules
 * of a 5000-state, 3.1 MB definition allocate about 32 MB, which then fits in it, so no scavenge
 * copies the half-built model (measured, diagnostics at 5000 states after a 200 ms pause: median
 * 80-125 ms with 32 MiB, 59-66 ms with 48 MiB; back to back 165 -> 70 ms; Node's default is 16).
 * `--expose-gc` lets the server collect the young generation while it idles after an edit
 * (lsp/idleCollection.ts), off the next edit's path. `--interrupt-budget=16384` (a quarter of Node
 * 20's V8 default) makes V8 optimize the parser, model and rules after a quarter of the work: the
 * JIT compiles them during the first opens of a large document instead of the 3rd to ~10th
 * (didOpen of 500 KB, median of opens 3-17: ~4 ms less, at ~0.1-0.2 s more compile on V8's helper
 * threads over the first two; ARCHITECTURE.md "Where a large didOpen's time goes"). The extension
 * passes them; other editors should too.
 */
export const SERVER_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=48',
  '--expose-gc',
  '--interrupt-budget=16384',
];

export interface StateGraphParams {
  readonly textDocument: TextDocumentIdentifier;
}

export interface StateGraphNode {
  /** Unique in the document: `<machine id>/<state name>`. */
  readonly id: string;
  readonly name: string;
  /** The state's Type, when it is a string. */
  readonly type?: string;
  /** Machine id: 'root', or e.g. 'Fan out/Branches[1]', 'Each item/ItemProcessor'. */
  readonly machine: string;
  /** For states of nested machines: the id of the Parallel/Map state that owns the machine. */
  readonly parent?: string;
  readonly isEnd: boolean;
  /** Range of the state's name. */
  readonly range: Range;
}

export interface StateGraphEdge {
  /** Source node id; absent for a machine's StartAt. */
  readonly from?: string;
  /** Target node id; absent when the named state does not exist in the machine. */
  readonly to?: string;
  /** The state name as written. */
  readonly target: string;
  readonly machine: string;
  readonly kind: 'StartAt' | 'Next' | 'Default' | 'Choice' | 'Catch';
  /** Range of the target name in the text. */
  readonly range: Range;
}

export interface StateGraph {
  readonly nodes: readonly StateGraphNode[];
  readonly edges: readonly StateGraphEdge[];
}

/** `asl/stateGraph`: states and transitions of a document, with their ranges (graph preview). */
export const StateGraphRequest = new RequestType<StateGraphParams, StateGraph, void>('asl/stateGraph');

export interface PreviewGraphParams {
  readonly textDocument: TextDocumentIdentifier;
  /**
   * The `hash` of the graph the caller already holds: when the graph is the same, the answer is
   * `{ unchanged: true }`.
   */
  readonly knownHash?: string;
}

/** A machine of the preview graph: the root, a Parallel branch or a Map's ItemProcessor / Iterator. */
export interface PreviewMachine {
  /** 'root', or e.g. 'Fan out/Branches[1]', 'Each item/ItemProcessor' (as StateGraphNode.machine). */
  readonly id: string;
  /** The Parallel / Map state that owns it (a PreviewState id); absent for the root. */
  readonly parentState?: string;
  /** Short label: 'Branch 2', 'Item processor'. */
  readonly label: string;
  /** The StartAt state's id, when it exists. */
  readonly startAt?: string;
}

export interface PreviewRetry {
  readonly errors: readonly string[];
  readonly maxAttempts?: number;
}

export interface PreviewState {
  /** Unique in the document: `<machine id>/<state name>`. */
  readonly id: string;
  readonly name: string;
  /** The state's Type, when it is a string. */
  readonly type?: string;
  readonly machine: string;
  /** Ends its machine (`End: true`, Succeed, Fail). */
  readonly isEnd: boolean;
  /** Reachable from its machine's StartAt. */
  readonly reachable: boolean;
  /** The most severe diagnostic inside the state, if any. */
  readonly severity?: 'error' | 'warning' | 'information' | 'hint';
  readonly retry?: readonly PreviewRetry[];
  readonly comment?: string;
}

export interface PreviewEdge {
  /** Source state id. */
  readonly from: string;
  /** Target state id; absent when the named state does not exist. */
  readonly to?: string;
  /** The target name as written. */
  readonly target: string;
  readonly machine: string;
  readonly kind: 'Next' | 'Default' | 'Choice' | 'Catch';
  /** Choice: a short form of the rule (`$.total > 100`); Catch: the error names; Default: 'Default'. */
  readonly label?: string;
}

export interface PreviewGraph {
  /** Syntax errors in the text: the webview keeps its last good graph (with a marker) while this is > 0. */
  readonly syntaxErrors: number;
  readonly queryLanguage: 'JSONPath' | 'JSONata';
  readonly machines: readonly PreviewMachine[];
  readonly states: readonly PreviewState[];
  /**
   * Where each state is written: 8 numbers per state, in `states` order (no objects per state: 5000
   * states per request), zero-based line and UTF-16 character of its name's start and end (reveal
   * target), then of the whole state's start and end (name and value: cursor → node).
   */
  readonly ranges: readonly number[];
  readonly edges: readonly PreviewEdge[];
}

export type PreviewGraphResult =
  | { readonly unchanged: true; readonly hash: string }
  | { readonly unchanged: false; readonly hash: string; readonly version: number; readonly graph: PreviewGraph };

/**
 * A PreviewGraph as sent by `asl/previewGraph` (built by previewGraphWire in service/preview/previewGraph.ts,
 * decoded by decodePreviewResult below): one array per field (JSON of a few arrays of numbers, not 5000 objects),
 * no state ids (`<machine id>/<name>`, derived), machines and states by index.
 */
export interface PreviewGraphWire {
  readonly syntaxErrors: number;
  readonly queryLanguage: 'JSONPath' | 'JSONata';
  /** PreviewMachine with `parentState` / `startAt` as state indexes. */
  readonly machines: readonly PreviewMachineWire[];
  /** Per state, in PreviewGraph.states order: its name, its machine's index, flags, type index (-1: none). */
  readonly names: readonly string[];
  readonly stateMachines: readonly number[];
  /** 1 when isEnd, + 2 when reachable, + 4 × (1 + index in PREVIEW_SEVERITIES) when it has a severity. */
  readonly flags: readonly number[];
  readonly stateTypes: readonly number[];
  readonly types: readonly string[];
  /** [state index, index in retryLists] for the states that have a Retry; each distinct list once, in order. */
  readonly retries: readonly (readonly [number, number])[];
  readonly retryLists: readonly (readonly PreviewRetry[])[];
  /** [state index, value] for the states that have a Comment. */
  readonly comments: readonly (readonly [number, string])[];
  /**
   * PreviewGraph.ranges by differences (small numbers: half the JSON): per state, its name's start line
   * less the previous state's (the first state's: less 0) and its start character, then each of the
   * other three positions as its line less that start line and its character less that start character;
   * cut into arrays of PREVIEW_RANGE_CHUNK numbers (V8 puts an array of over 16k elements in its large-
   * object space: one of 60k cost ~2 ms to allocate, four of 15k 0.04 ms).
   */
  readonly ranges: readonly (readonly number[])[];
  /** Per edge: source state index; target state index (-1: none). */
  readonly edgeFrom: readonly number[];
  readonly edgeTo: readonly number[];
  /** [edge index, target name] for the edges whose target name is not their target state's name (no target state). */
  readonly edgeTargets: readonly (readonly [number, string])[];
  /** Index in PREVIEW_EDGE_KINDS. */
  readonly edgeKinds: readonly number[];
  /** null: no label. */
  readonly edgeLabels: readonly (string | null)[];
}

interface PreviewMachineWire {
  readonly id: string;
  readonly label: string;
  readonly parentState?: number;
  readonly startAt?: number;
}

export const PREVIEW_SEVERITIES: readonly NonNullable<PreviewState['severity']>[] = [
  'error',
  'warning',
  'information',
  'hint',
];
/** Numbers per array of PreviewGraphWire.ranges (1024 states). */
export const PREVIEW_RANGE_CHUNK = 8192;
export const PREVIEW_EDGE_KINDS: readonly PreviewEdge['kind'][] = ['Next', 'Default', 'Choice', 'Catch'];

export type PreviewGraphWireResult =
  | { readonly unchanged: true; readonly hash: string }
  | { readonly unchanged: false; readonly hash: string; readonly version: number; readonly graph: PreviewGraphWire };

/** The asl/previewGraph answer as the client uses it: the PreviewGraph the server built. */
export function decodePreviewResult(result: PreviewGraphWireResult | null): PreviewGraphResult | null {
  if (result === null || result.unchanged) return result;
  return { unchanged: false, hash: result.hash, version: result.version, graph: decodePreviewGraph(result.graph) };
}

/** The PreviewGraph a wire form stands for (the server's previewGraph() is this decoding of its own answer). */
export function decodePreviewGraph(wire: PreviewGraphWire): PreviewGraph {
  const ids = wire.names.map((name, i) => wire.machines[wire.stateMachines[i]].id + '/' + name);
  const states = wire.names.map((name, i) => decodeState(wire, ids[i], name, i));
  for (const [i, list] of wire.retries) states[i].retry = wire.retryLists[list];
  for (const [i, comment] of wire.comments) states[i].comment = comment;
  const targets = new Array<string | undefined>(wire.edgeFrom.length);
  for (const [i, target] of wire.edgeTargets) targets[i] = target;
  const machines = wire.machines.map((m) => {
    const out: Mutable<PreviewMachine> = { id: m.id, label: m.label };
    if (m.parentState !== undefined) out.parentState = ids[m.parentState];
    if (m.startAt !== undefined) out.startAt = ids[m.startAt];
    return out;
  });
  const edges = wire.edgeFrom.map((from, i) => {
    const to = wire.edgeTo[i];
    const out: Mutable<PreviewEdge> = {
      from: ids[from],
      target: targets[i] ?? wire.names[to],
      machine: states[from].machine,
      kind: PREVIEW_EDGE_KINDS[wire.edgeKinds[i]],
    };
    if (to >= 0) out.to = ids[to];
    const label = wire.edgeLabels[i];
    if (label !== null) out.label = label;
    return out;
  });
  const { syntaxErrors, queryLanguage } = wire;
  return { syntaxErrors, queryLanguage, machines, states, ranges: decodeRanges(wire.ranges), edges };
}

/** PreviewGraph.ranges from PreviewGraphWire.ranges (differences → positions, chunks joined; pre-sized, not grown). */
function decodeRanges(chunks: readonly (readonly number[])[]): number[] {
  let total = 0;
  for (const wire of chunks) total += wire.length;
  const out = new Array<number>(total);
  let line = 0;
  let at = 0;
  for (const wire of chunks) {
    for (let i = 0; i < wire.length; i += 8, at += 8) {
      line += wire[i];
      const character = wire[i + 1];
      out[at] = line;
      out[at + 1] = character;
      for (let k = 2; k < 8; k += 2) {
        out[at + k] = line + wire[i + k];
        out[at + k + 1] = character + wire[i + k + 1];
      }
    }
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function decodeState(wire: PreviewGraphWire, id: string, name: string, i: number): Mutable<PreviewState> {
  const flags = wire.flags[i];
  const out: Mutable<PreviewState> = {
    id,
    name,
    machine: wire.machines[wire.stateMachines[i]].id,
    isEnd: (flags & 1) !== 0,
    reachable: (flags & 2) !== 0,
  };
  if (wire.stateTypes[i] >= 0) out.type = wire.types[wire.stateTypes[i]];
  if (flags >= 4) out.severity = PREVIEW_SEVERITIES[(flags >> 2) - 1];
  return out;
}

/**
 * `asl/previewGraph`: the graph preview's model of a document (cheap when unchanged, see `knownHash`),
 * compact on the wire: the client passes the answer to decodePreviewResult.
 */
export const PreviewGraphRequest = new RequestType<PreviewGraphParams, PreviewGraphWireResult | null, void>(
  'asl/previewGraph',
);

export interface LaunchCandidatesParams {
  /** Absolute file system path of the definition (`*.asl.json`, `*.asl.yaml`). */
  readonly definitionPath: string;
}

/** A mock file beside a definition and the test cases it has for the definition's machine. */
export interface MockFileCandidate {
  /** Absolute path. */
  readonly path: string;
  /** Test case names in file order; empty when `problem` says why there are none. */
  readonly testCases: readonly string[];
  /** Why the file cannot be used (not JSON, no entry for this machine...). */
  readonly problem?: string;
}

/** What sits beside a definition for a run or a debug session (launch configurations, code lenses). */
export interface LaunchCandidates {
  /** The machine's name in a mock file (the file name without `.asl.json`). */
  readonly stateMachineName: string;
  /** Absolute paths of `<name>.input.json` and `<name>.<label>.input.json`, the plain one first. */
  readonly inputs: readonly string[];
  /** `<name>.mocks.json`, when it exists. */
  readonly mocks?: MockFileCandidate;
}

/** `asl/launchCandidates`: the inputs and mock test cases beside a definition file (read from disk). */
export const LaunchCandidatesRequest = new RequestType<LaunchCandidatesParams, LaunchCandidates, void>(
  'asl/launchCandidates',
);

export interface TestFileOutlineParams {
  /** Absolute path of a test file (`*.asl.test.yaml|yml|json`); the open document's text wins over the disk. */
  readonly path: string;
}

export interface TestFileCaseOutline {
  readonly name: string;
  /** Range of the case's name in the test file. */
  readonly range: Range;
  /** `skip: true`: listed, not run. */
  readonly skip: boolean;
}

/** A test file's cases for the Testing view (read by the one test file parser, server/src/testing). */
export interface TestFileOutline {
  /** The definition under test, absolute; null when the file names none. */
  readonly definitionPath: string | null;
  readonly cases: readonly TestFileCaseOutline[];
  /** Problems of the file itself (a run of it exits with code 2), located. */
  readonly problems: readonly { readonly message: string; readonly range: Range }[];
}

/** `asl/testFileOutline`: the cases of a test file (Testing view), or null when it cannot be read. */
export const TestFileOutlineRequest = new RequestType<TestFileOutlineParams, TestFileOutline | null, void>(
  'asl/testFileOutline',
);

export interface DocumentSummaryParams {
  readonly textDocument: TextDocumentIdentifier;
}

/** What the editor's language status shows for an ASL document: cheap facts of its model. */
export interface DocumentSummary {
  /** States of every machine (Parallel branches and Map processors included). */
  readonly stateCount: number;
  /** The top-level machine's query language (its QueryLanguage field, else JSONPath). */
  readonly queryLanguage: 'JSONPath' | 'JSONata';
  /** States whose effective query language differs from the top-level one (a per-state QueryLanguage). */
  readonly otherLanguageStates: number;
  readonly syntaxErrors: number;
}

/** `asl/documentSummary`: state count and query language of an open document (language status); null if unknown. */
export const DocumentSummaryRequest = new RequestType<DocumentSummaryParams, DocumentSummary | null, void>(
  'asl/documentSummary',
);
