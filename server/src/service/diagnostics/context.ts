/*
 * What a diagnostic rule sees: the parsed document, a `report` sink, and shared analyses that are
 * computed lazily at most once per run (state index, reachability, expression parses, memoized by
 * text). Rules never parse or walk the graph on their own when an analysis here already does it.
 */
import jsonata from 'jsonata';
import type { AslDocument, AslMachine, AslState, Span } from '../../asl/types';
import { parseIntrinsic, parseJsonPath } from '../../asl/expr';
import type { ExprError, IntrinsicCall, JsonPathAst } from '../../asl/expr';
import type { AslDiagnostic, Severity } from './types';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './messages';
import { buildStateIndex, type StateIndex } from './support/stateIndex';
import { reachableStates, statesThatCanFinish } from './support/reachability';
import { collectSites, type ExpressionSites } from './support/sites';
import { fastJsonataRefs } from './support/jsonataFast';
import { jsonataRefs, type JsonataRefs } from './support/jsonataRefs';
import { collectShapedObjects, type ShapedIndex, type ShapedObject } from './support/shapes';
import { collectPathStrings, type PathString } from './support/pathStrings';

export interface DiagnosticRule {
  /** The codes this rule may report (documentation and tests; the rule reports through ctx.report). */
  readonly codes: readonly DiagnosticCode[];
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
  /** Offset (in the expression) and length of the offending token, with the parser's message. */
  readonly error?: { readonly message: string; readonly start: number; readonly end: number; readonly atEnd: boolean };
}

export interface ExprParse<T> {
  readonly ast?: T;
  readonly errors: readonly ExprError[];
}

export class RuleContext {
  readonly diagnostics: AslDiagnostic[] = [];
  private stateIndex?: StateIndex;
  private sites?: ExpressionSites;
  private shapedIndex?: ShapedIndex;
  private paths?: PathString[];
  private byType?: Map<string, AslState[]>;
  private readonly reach = new Map<AslMachine, Set<AslState> | undefined>();
  private readonly finish = new Map<AslMachine, Set<AslState>>();
  private readonly jsonataMemo = new Map<string, JsonataParse>();
  private readonly pathMemo = new Map<string, ExprParse<JsonPathAst>>();
  private readonly intrinsicMemo = new Map<string, ExprParse<IntrinsicCall>>();

  constructor(readonly doc: AslDocument) {}

  get text(): string {
    return this.doc.text;
  }

  report(code: DiagnosticCode, span: Span, message: string, extra: ReportExtra = {}): void {
    /* a copy: a rule may pass a node (nodes are their own spans), and a diagnostic must stay plain data */
    const d: AslDiagnostic = { span: { start: span.start, end: span.end }, severity: extra.severity ?? DIAGNOSTIC_CODES[code], code, message };
    this.diagnostics.push(extra.data || extra.tags ? { ...d, ...(extra.data && { data: extra.data }), ...(extra.tags && { tags: extra.tags }) } : d);
  }

  get index(): StateIndex {
    return (this.stateIndex ??= buildStateIndex(this.doc));
  }

  get expressions(): ExpressionSites {
    return (this.sites ??= collectSites(this.doc));
  }

  /** The states of one Type (e.g. every Wait state), in document order. */
  statesOfType(type: string): readonly AslState[] {
    if (!this.byType) {
      this.byType = new Map();
      for (const state of this.doc.allStates) {
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
    return (this.shapedIndex ??= collectShapedObjects(this.doc));
  }

  /** JSONPath-mode strings holding a path or an intrinsic call (path fields and `.$` values). */
  get pathStrings(): readonly PathString[] {
    return (this.paths ??= collectPathStrings(this.shaped, this.expressions));
  }

  /** States reachable from the machine's StartAt; undefined when StartAt does not resolve. */
  reachable(machine: AslMachine): ReadonlySet<AslState> | undefined {
    if (!this.reach.has(machine)) this.reach.set(machine, reachableStates(machine, this.index));
    return this.reach.get(machine);
  }

  /** States from which a terminal state can be reached (unknown outcomes count as finishing). */
  canFinish(machine: AslMachine): ReadonlySet<AslState> {
    let set = this.finish.get(machine);
    if (!set) this.finish.set(machine, (set = statesThatCanFinish(machine, this.index)));
    return set;
  }

  jsonata(expression: string): JsonataParse {
    let result = this.jsonataMemo.get(expression);
    if (!result) this.jsonataMemo.set(expression, (result = parseJsonata(expression)));
    return result;
  }

  jsonPath(text: string): ExprParse<JsonPathAst> {
    let result = this.pathMemo.get(text);
    if (!result) this.pathMemo.set(text, (result = parseJsonPath(text)));
    return result;
  }

  intrinsic(text: string): ExprParse<IntrinsicCall> {
    let result = this.intrinsicMemo.get(text);
    if (!result) this.intrinsicMemo.set(text, (result = parseIntrinsic(text)));
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
    return { refs: jsonataRefs(jsonata(expression).ast()) };
  } catch (e) {
    const err = (e ?? {}) as JsonataError;
    const end = typeof err.position === 'number' ? Math.min(err.position, expression.length) : expression.length;
    const atEnd = err.token === '(end)' || (err.token === undefined && end >= expression.length);
    const tokenLength = typeof err.token === 'string' && err.token !== '(end)' ? err.token.length : 1;
    const start = Math.max(0, end - tokenLength);
    return { error: { message: err.message ?? String(e), start, end: Math.max(end, start), atEnd } };
  }
}
