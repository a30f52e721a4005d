/*
 * What a diagnostic rule sees: the parsed document, the states it looks at, a `report` sink, and
 * shared analyses computed lazily at most once per run (state index, reachability, expression
 * parses memoized by text) or once per slice of states (shaped objects, expression sites).
 * Rules never parse or walk the graph on their own when an analysis here already does it.
 */
import { compileJsonata } from '../../asl/expr/jsonataEngine';
import type { AslDocument, AslMachine, AslNode, AslState, Span } from '../../asl/types';
import { sourceOf } from '../../asl/parse';
import type { SourceText } from '../../asl/text';
import type { UnitMemo } from './units';
import { collectReads, type VariableRead } from './support/variables';
import { parseIntrinsic, parseJsonPath } from '../../asl/expr';
import type { ExprError, IntrinsicCall, JsonPathAst } from '../../asl/expr';
import type { AslDiagnostic, Severity } from './types';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './messages';
import { buildStateIndex, type StateIndex } from './support/stateIndex';
import {
  documentStateSet,
  hasResolvedStart,
  isTerminal,
  marksOf,
  reachableStates,
  statesThatCanFinish,
  type StateSet,
} from '../../asl/graph';
import { collectSites, mergeSites, type ExpressionSites } from './support/sites';
import { fastJsonataRefs } from './support/jsonataFast';
import { jsonataRefs, type JsonataRefs } from './support/jsonataRefs';
import { unsupportedRegex, type UnsupportedRegex } from './support/jsonataRegexes';
import { collectShapedObjects, type ShapedIndex, type ShapedObject } from './support/shapes';
import { collectPathStrings, type PathString } from './support/pathStrings';

export interface DiagnosticRule {
  /** The codes this rule may report (documentation and tests; the rule reports through ctx.report). */
  readonly codes: readonly DiagnosticCode[];
  /**
   * 'states': the rule only looks at `ctx.states` and what is derived from them (shaped objects,
   * expression sites, statesOfType), so it runs slice by slice. 'graph': it reports on `ctx.states`
   * and `ctx.machines` like a 'states' rule, but what it finds there also depends on the document's
   * names and edges (ctx.index, ctx.reachable, ctx.canFinish, ctx.hasTerminal); a session reuses a
   * state's findings while those are unchanged (graphMemo.ts). 'document': it needs the whole
   * document at once (the whole tree, variables) and runs once.
   */
  readonly scope: 'document' | 'states' | 'graph';
  check(ctx: RuleContext): void;
}

export interface ReportExtra {
  readonly severity?: Severity;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly tags?: AslDiagnostic['tags'];
}

export interface JsonataParse {
  /** Free variables and called functions; present when the expression parses. */
  readonly refs?: JsonataRefs;
  /** A regex literal AWS accepts but the linear-time engine cannot run (a warning). */
  readonly unsupportedRegex?: UnsupportedRegex;
  /** Offset (in the expression) and length of the offending token, with the parser's message. */
  readonly error?: { readonly message: string; readonly start: number; readonly end: number; readonly atEnd: boolean };
}

export interface ExprParse<T> {
  readonly ast?: T;
  readonly errors: readonly ExprError[];
  /** Accepted-but-suspicious spots (JSONPath: unquoted filter values). */
  readonly notes?: readonly ExprError[];
}

/**
 * Graph facts a session carries from one version to the next while the names and edges they
 * derive from are unchanged (graphMemo.ts): reachability and can-finish marks by state index,
 * whether names are unique, whether the top-level machine has a terminal state.
 */
export interface GraphFacts {
  readonly reach?: Uint8Array;
  readonly finish?: Uint8Array;
  readonly uniqueNames?: boolean;
  readonly rootTerminal?: boolean;
}

/** What every slice of one run shares: the findings, name lookups, graph facts and parse memos. */
class RunState {
  readonly diagnostics: AslDiagnostic[] = [];
  stateIndex?: StateIndex;
  reach?: StateSet;
  finish?: StateSet;
  uniqueNames?: boolean;
  readonly terminal = new Map<AslMachine, boolean>();
  readonly jsonataMemo = new Map<string, JsonataParse>();
  readonly pathMemo = new Map<string, ExprParse<JsonPathAst>>();
  readonly intrinsicMemo = new Map<string, ExprParse<IntrinsicCall>>();
  /** Memo mode (DiagnosticsSession): every unit's result, and the variable reads of all states put together. */
  memo?: UnitMemo;
  unitReads?: Map<AslState, VariableRead[]>;
}

export class RuleContext {
  private sites?: ExpressionSites;
  private shapedIndex?: ShapedIndex;
  private paths?: PathString[];
  private byType?: Map<string, AslState[]>;
  private reads?: Map<AslState, VariableRead[]>;
  private readonly run: RunState;
  private readonly slices: RuleContext[] = [];

  /**
   * A context over the whole document, or (forSlice) over some of its states: `states` are the
   * states its 'states' rules look at, `machines` the machines whose own objects (StateMachine,
   * branch, processor) belong to it.
   */
  constructor(
    readonly doc: AslDocument,
    readonly states: readonly AslState[] = doc.allStates,
    readonly machines: readonly AslMachine[] = doc.allMachines,
    run?: RunState,
    memo?: UnitMemo,
  ) {
    this.run = run ?? new RunState();
    if (memo !== undefined) this.run.memo = memo;
  }

  /**
   * A context over some of the document's states, sharing this run's findings and memos. Once a
   * context has slices, its own expression sites and path strings are theirs put together.
   */
  forSlice(states: readonly AslState[], machines: readonly AslMachine[]): RuleContext {
    const slice = new RuleContext(this.doc, states, machines, this.run);
    this.slices.push(slice);
    return slice;
  }

  get diagnostics(): AslDiagnostic[] {
    return this.run.diagnostics;
  }

  /** The document's text, read in windows (an incremental run must not build the whole string). */
  get text(): SourceText {
    return sourceOf(this.doc);
  }

  report(code: DiagnosticCode, span: Span, message: string, extra: ReportExtra = {}): void {
    /* a copy: a rule may pass a node (nodes are their own spans), and a diagnostic must stay plain data */
    const d: AslDiagnostic = {
      span: { start: span.start, end: span.end },
      severity: extra.severity ?? DIAGNOSTIC_CODES[code],
      code,
      message,
    };
    this.run.diagnostics.push(
      extra.data || extra.tags
        ? { ...d, ...(extra.data && { data: extra.data }), ...(extra.tags && { tags: extra.tags }) }
        : d,
    );
  }

  /** Memo mode: the map the units' reads are filed in; `variableReads` of the document context then returns it. */
  readsFromUnits(): Map<AslState, VariableRead[]> {
    return (this.run.unitReads = new Map());
  }

  /** Variable reads per state among this context's states (the document's: every state's). */
  get variableReads(): Map<AslState, VariableRead[]> {
    if (this.reads === undefined && this.slices.length > 0 && this.run.unitReads !== undefined)
      this.reads = this.run.unitReads;
    return (this.reads ??= collectReads(this));
  }

  /**
   * A number computed from the text outside the top-level states' values (their keys included); in
   * a session, kept while the document keeps its root node (an update inside a state's value).
   */
  outsideValue(key: string, compute: () => number): number {
    const outside = this.run.memo?.outside;
    if (outside === undefined || outside.root !== this.doc.root) return compute();
    let value = outside.values.get(key);
    if (value === undefined) outside.values.set(key, (value = compute()));
    return value;
  }

  /**
   * A number computed from a top-level state's value alone (offsets aside); in a session, kept while the value is
   * unchanged.
   */
  unitValue(key: string, node: AslNode, compute: () => number): number {
    const result = this.run.memo?.next.get(node);
    if (result === undefined) return compute();
    let value = result.values.get(key);
    if (value === undefined) result.values.set(key, (value = compute()));
    return value;
  }

  get index(): StateIndex {
    return (this.run.stateIndex ??= buildStateIndex(this.doc));
  }

  get expressions(): ExpressionSites {
    return (this.sites ??=
      this.slices.length > 0 ? mergeSites(this.slices.map((s) => s.expressions)) : collectSites(this.states));
  }

  /** The states of one Type (e.g. every Wait state) among this context's states, in document order. */
  statesOfType(type: string): readonly AslState[] {
    if (!this.byType) {
      this.byType = new Map();
      for (let i = 0; i < this.states.length; i++) {
        const state = this.states[i];
        if (state.type === undefined) continue;
        const list = this.byType.get(state.type);
        if (list) list.push(state);
        else this.byType.set(state.type, [state]);
      }
    }
    return this.byType.get(type) ?? [];
  }

  /** Every object the spec tables describe (machines, states, retriers, ...), with its field table. */
  get shaped(): readonly ShapedObject[] {
    return this.structure.objects;
  }

  /** The shaped objects with the entries sorted out per structural rule (unknown, enums, ...). */
  get structure(): ShapedIndex {
    return (this.shapedIndex ??= collectShapedObjects(this.machines, this.states));
  }

  /** JSONPath-mode strings holding a path or an intrinsic call (path fields and `.$` values). */
  get pathStrings(): readonly PathString[] {
    return (this.paths ??=
      this.slices.length > 0
        ? this.slices.flatMap((s) => s.pathStrings)
        : collectPathStrings(this.shaped, this.expressions));
  }

  /** States reachable from the machine's StartAt; undefined when StartAt does not resolve. */
  reachable(machine: AslMachine): StateSet | undefined {
    if (!hasResolvedStart(machine)) return undefined;
    return (this.run.reach ??= reachableStates(this.doc));
  }

  /** True when the machine has a terminal state (End, Succeed, Fail); once per machine and run. */
  hasTerminal(machine: AslMachine): boolean {
    let known = this.run.terminal.get(machine);
    if (known === undefined) this.run.terminal.set(machine, (known = machine.states.some(isTerminal)));
    return known;
  }

  /** True when no two states of the document (all machines) share a name. */
  get uniqueNames(): boolean {
    return (this.run.uniqueNames ??= this.index.repeated.length === 0);
  }

  /** Starts a run from facts known to hold for this version (a session's previous run, graph unchanged). */
  useGraphFacts(facts: GraphFacts): void {
    const run = this.run;
    if (facts.reach !== undefined) run.reach = documentStateSet(this.doc, facts.reach);
    if (facts.finish !== undefined) run.finish = documentStateSet(this.doc, facts.finish);
    if (facts.uniqueNames !== undefined) run.uniqueNames = facts.uniqueNames;
    if (facts.rootTerminal !== undefined && this.doc.machine) run.terminal.set(this.doc.machine, facts.rootTerminal);
  }

  /** The graph facts this run computed or was given (for the session's next run). */
  graphFacts(): GraphFacts {
    const { reach, finish, stateIndex } = this.run;
    const root = this.doc.machine;
    return {
      reach: reach && marksOf(reach),
      finish: finish && marksOf(finish),
      uniqueNames: this.run.uniqueNames ?? (stateIndex && stateIndex.repeated.length === 0),
      rootTerminal: root && this.run.terminal.get(root),
    };
  }

  /**
   * States (of any machine) from which a terminal state of their machine can be reached (unknown outcomes count as
   * finishing).
   */
  canFinish(): StateSet {
    return (this.run.finish ??= statesThatCanFinish(this.doc));
  }

  jsonata(expression: string): JsonataParse {
    let result = this.run.jsonataMemo.get(expression);
    if (!result) this.run.jsonataMemo.set(expression, (result = parseJsonata(expression)));
    return result;
  }

  jsonPath(text: string): ExprParse<JsonPathAst> {
    let result = this.run.pathMemo.get(text);
    if (!result) this.run.pathMemo.set(text, (result = parseJsonPath(text)));
    return result;
  }

  intrinsic(text: string): ExprParse<IntrinsicCall> {
    let result = this.run.intrinsicMemo.get(text);
    if (!result) this.run.intrinsicMemo.set(text, (result = parseIntrinsic(text)));
    return result;
  }
}

interface JsonataError {
  message?: string;
  position?: number;
  token?: string;
}

/** Results of the real jsonata parser, shared across runs (pure function of the text; bounded). */
const jsonataCache = new Map<string, JsonataParse>();
const JSONATA_CACHE_LIMIT = 20000;

function parseJsonata(expression: string): JsonataParse {
  const fast = fastJsonataRefs(expression);
  if (fast) return { refs: fast };
  let result = jsonataCache.get(expression);
  if (!result) {
    if (jsonataCache.size >= JSONATA_CACHE_LIMIT) jsonataCache.delete(jsonataCache.keys().next().value as string);
    jsonataCache.set(expression, (result = parseWithJsonata(expression)));
  }
  return result;
}

function parseWithJsonata(expression: string): JsonataParse {
  try {
    const ast = compileJsonata(expression).ast();
    const regex = expression.includes('/') ? unsupportedRegex(ast) : undefined;
    return { refs: jsonataRefs(ast), ...(regex && { unsupportedRegex: regex }) };
  } catch (e) {
    const err = (e ?? {}) as JsonataError;
    const end = typeof err.position === 'number' ? Math.min(err.position, expression.length) : expression.length;
    const atEnd = err.token === '(end)' || (err.token === undefined && end >= expression.length);
    const tokenLength = typeof err.token === 'string' && err.token !== '(end)' ? err.token.length : 1;
    const start = Math.max(0, end - tokenLength);
    return { error: { message: err.message ?? String(e), start, end: Math.max(end, start), atEnd } };
  }
}
