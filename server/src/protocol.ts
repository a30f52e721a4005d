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
 * (lsp/idleCollection.ts), off the next edit's path. The extension passes them; other editors should too.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=48', '--expose-gc'];

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
