/*
 * computeDiagnostics(doc): every diagnostic of an ASL document, sorted by position. Document rules
 * run once; state rules run slice by slice (a few hundred states at a time, nested machines with
 * their owner), so each slice's part of the tree is still in the CPU cache when the next rule reads
 * it. The language server, `asl validate` and the interpreter's pre-run check call this. Never throws.
 */
import type { AslDocument, AslMachine, AslState } from '../../asl/types';
import type { AslDiagnostic } from './types';
import { RuleContext, type DiagnosticRule } from './context';
import { currentGraph, newResult, reusable, unitAt, unitsOf, type Unit, type UnitMemo, type UnitResult } from './units';
import type { AslNode } from '../../asl/types';
import { graphWork, marksKey, restoreGraph, storeGraph, unitOfState } from './graphMemo';
import type { VariableRead } from './support/variables';
import { RULES } from './rules';
import { applyRuleSettings, type RuleSettings } from './ruleSettings';

export type { AslDiagnostic } from './types';
export { DIAGNOSTIC_CODES } from './messages';
export { RULES } from './rules';
export { parseRuleSettings, type RuleSettings } from './ruleSettings';

export interface DiagnosticsOptions {
  /** Rethrow a rule's internal error instead of dropping that rule's findings (tests). */
  readonly throwOnRuleError?: boolean;
  /** Run only these rules (tests, benchmarks). */
  readonly rules?: readonly DiagnosticRule[];
  /** States per slice for the 'states' rules (tests; the default suits the cache). */
  readonly sliceSize?: number;
  /** Per-code severity overrides ('off' drops a rule's findings): the user's settings. */
  readonly ruleSettings?: RuleSettings;
}

/** About 1 MB of tree per slice at typical state sizes: small enough to stay cached, big enough to amortize. */
const SLICE_SIZE = 256;

export function computeDiagnostics(doc: AslDocument, options: DiagnosticsOptions = {}): AslDiagnostic[] {
  return runDiagnostics(doc, options);
}

/**
 * computeDiagnostics, or with a memo (DiagnosticsSession) the same findings where the 'states'
 * rules run only on the units (top-level states) that changed since the previous run.
 */
export function runDiagnostics(doc: AslDocument, options: DiagnosticsOptions, memo?: UnitMemo): AslDiagnostic[] {
  const ctx = new RuleContext(doc, undefined, undefined, undefined, memo);
  const rules = options.rules ?? RULES;
  const stateRules = rules.filter((r) => r.scope === 'states');
  const graphRules = rules.filter((r) => r.scope === 'graph');
  const size = options.sliceSize ?? SLICE_SIZE;
  if (memo === undefined) {
    const sliced = [...stateRules, ...graphRules];
    for (const slice of slices(doc, size)) runSlice(ctx, slice, sliced, options);
  } else runUnits(ctx, memo, { states: stateRules, graph: graphRules }, options, size);
  /* after the slices: document rules that read sites or path strings reuse the slices' ones */
  for (const rule of rules) if (rule.scope === 'document') runRule(rule, ctx, options);
  if (memo?.nextGraph !== undefined) memo.nextGraph = { ...memo.nextGraph, facts: ctx.graphFacts() };
  return applyRuleSettings(ctx.diagnostics.sort(byPosition), options.ruleSettings);
}

function runSlice(ctx: RuleContext, slice: Slice, rules: readonly DiagnosticRule[], options: DiagnosticsOptions): void {
  const sliceCtx = ctx.forSlice(slice.states, slice.machines);
  for (const rule of rules) runRule(rule, sliceCtx, options);
}

/** The rules a session runs per unit: 'states' rules, and 'graph' rules (graphMemo.ts says on which units). */
interface UnitRules {
  readonly states: readonly DiagnosticRule[];
  readonly graph: readonly DiagnosticRule[];
}

/**
 * Memo mode: unchanged units replay their findings and reads; the 'states' rules run on the
 * others, the 'graph' rules on the units graphWork names, in slices of whole units.
 */
function runUnits(ctx: RuleContext, memo: UnitMemo, rules: UnitRules, options: DiagnosticsOptions, size: number): void {
  const doc = ctx.doc;
  const units = unitsOf(doc);
  const reads = ctx.readsFromUnits();
  const results: (UnitResult | undefined)[] = new Array<UnitResult | undefined>(units.length);
  const edited: number[] = [];
  for (let k = 0; k < units.length; k++) {
    const result = reusable(memo, units[k], doc);
    results[k] = result;
    if (result !== undefined) replay(ctx, memo, units[k], result, reads);
    else edited.push(k);
  }
  inBatches(
    doc,
    edited.map((k) => units[k]),
    size,
    (batch, machines) => {
      const filed = runBatch(ctx, batch, machines, rules.states, options);
      const batchResults = new Map<Unit, UnitResult>();
      for (const unit of batch) {
        const result = newResult(unit, doc);
        result.diagnostics = filed.found.get(unit) ?? result.diagnostics;
        batchResults.set(unit, result);
        if (unit.node !== undefined) memo.next.set(unit.node, result);
      }
      fileReads(filed.ctx, batch, batchResults, reads);
    },
  );
  const rerun = graphRerun(ctx, memo, units, results, edited);
  const found: [UnitResult, Unit, AslDiagnostic[]][] = [];
  inBatches(doc, rerun.units, size, (batch, machines) => {
    const filed = runBatch(ctx, batch, machines, rules.graph, options).found;
    for (const unit of batch) {
      const result = unit.node === undefined ? undefined : memo.next.get(unit.node);
      if (result !== undefined) found.push([result, unit, filed.get(unit) ?? []]);
    }
  });
  const facts = ctx.graphFacts();
  for (const [result, unit, list] of found) storeGraph(result, list, marksKey(unit, facts), rerun.keep);
  memo.nextGraph = { units, states: doc.allStates, facts: {} };
}

/**
 * The units the 'graph' rules must run on (graphWork), less those whose marks flipped back to their
 * previous findings' (restored); the graph findings of every other reused unit are replayed.
 */
function graphRerun(
  ctx: RuleContext,
  memo: UnitMemo,
  units: readonly Unit[],
  results: readonly (UnitResult | undefined)[],
  edited: readonly number[],
): { units: readonly Unit[]; keep: boolean } {
  const work = graphWork(ctx, memo.graph, units, edited);
  if (work === 'all') return { units, keep: false };
  const facts = ctx.graphFacts();
  const rerun: number[] = [];
  for (const k of work) {
    const result = results[k];
    if (result?.graphAlt === undefined || !restoreGraph(result, marksKey(units[k], facts))) rerun.push(k);
  }
  replayGraph(ctx, results, rerun);
  return { units: rerun.map((k) => units[k]), keep: true };
}

/** The graph findings of the reused units not in `work` (sorted indexes). */
function replayGraph(ctx: RuleContext, results: readonly (UnitResult | undefined)[], work: readonly number[]): void {
  let w = 0;
  for (let k = 0; k < results.length; k++) {
    if (w < work.length && work[w] === k) {
      w++;
      continue;
    }
    const result = results[k];
    if (result === undefined || result.graph.length === 0) continue;
    const found = currentGraph(result);
    for (let i = 0; i < found.length; i++) ctx.diagnostics.push(found[i]);
  }
}

/** Calls `run` on consecutive batches of about `size` states (the first one with the top-level machine). */
function inBatches(
  doc: AslDocument,
  units: readonly Unit[],
  size: number,
  run: (batch: readonly Unit[], machines: AslMachine[]) => void,
): void {
  let batch: Unit[] = [];
  let count = 0;
  let first = true;
  const flush = (): void => {
    run(batch, first && doc.machine ? [doc.machine] : []);
    first = false;
    batch = [];
    count = 0;
  };
  for (const unit of units) {
    batch.push(unit);
    count += unit.end - unit.first;
    if (count >= size) flush();
  }
  if (batch.length > 0 || first) flush();
}

function replay(
  ctx: RuleContext,
  memo: UnitMemo,
  unit: Unit,
  result: UnitResult,
  reads: Map<AslState, VariableRead[]>,
): void {
  memo.next.set(unit.node as AslNode, result);
  for (const d of result.diagnostics) ctx.diagnostics.push(d);
  const states = ctx.doc.allStates;
  for (let k = 0; k < result.reads.length; k++) {
    const list = result.reads[k];
    if (list !== undefined) reads.set(states[unit.first + k], list);
  }
}

/**
 * Runs rules on some units (and the top-level machine); returns what they found, filed under each
 * unit (only units with findings have an entry: most have none).
 */
function runBatch(
  ctx: RuleContext,
  units: readonly Unit[],
  machines: AslMachine[],
  rules: readonly DiagnosticRule[],
  options: DiagnosticsOptions,
): { ctx: RuleContext; found: Map<Unit, AslDiagnostic[]> } {
  const states: AslState[] = [];
  const all = ctx.doc.allStates;
  for (let u = 0; u < units.length; u++) for (let i = units[u].first; i < units[u].end; i++) states.push(all[i]);
  for (let i = 0; i < states.length; i++) {
    const children = states[i].children;
    for (let j = 0; j < children.length; j++) machines.push(children[j]);
  }
  const before = ctx.diagnostics.length;
  const sliceCtx = ctx.forSlice(states, machines);
  for (const rule of rules) runRule(rule, sliceCtx, options);
  const found = new Map<Unit, AslDiagnostic[]>();
  for (let i = before; i < ctx.diagnostics.length; i++) {
    const d = ctx.diagnostics[i];
    const unit = unitAt(units, d.span.start);
    if (unit === undefined) continue;
    const list = found.get(unit);
    if (list === undefined) found.set(unit, [d]);
    else list.push(d);
  }
  return { ctx: sliceCtx, found };
}

function fileReads(
  sliceCtx: RuleContext,
  units: readonly Unit[],
  results: Map<Unit, UnitResult>,
  reads: Map<AslState, VariableRead[]>,
): void {
  for (const [state, list] of sliceCtx.variableReads) {
    reads.set(state, list);
    const k = unitOfState(units, state.index);
    if (k >= 0) (results.get(units[k]) as UnitResult).reads[state.index - units[k].first] = list;
  }
}

function runRule(rule: DiagnosticRule, ctx: RuleContext, options: DiagnosticsOptions): void {
  const before = ctx.diagnostics.length;
  try {
    rule.check(ctx);
  } catch (error) {
    if (options.throwOnRuleError) throw error;
    ctx.diagnostics.length = before; // an internal bug in one rule must not hide the others
  }
}

interface Slice {
  readonly states: AslState[];
  /** The top-level machine (first slice) and the branches/processors owned by the slice's states. */
  readonly machines: AslMachine[];
}

/** Consecutive runs of allStates (depth-first, so nested states follow their owner closely). */
function slices(doc: AslDocument, size: number): Slice[] {
  const all = doc.allStates;
  const out: Slice[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let start = 0; start < all.length || start === 0; start += step) {
    const states = all.slice(start, start + step);
    const machines: AslMachine[] = start === 0 && doc.machine ? [doc.machine] : [];
    for (let i = 0; i < states.length; i++) {
      const children = states[i].children;
      for (let j = 0; j < children.length; j++) machines.push(children[j]);
    }
    out.push({ states, machines });
  }
  return out;
}

/** Position, then code and message: the same order however the work was sliced. */
function byPosition(a: AslDiagnostic, b: AslDiagnostic): number {
  return (
    a.span.start - b.span.start || a.span.end - b.span.end || compare(a.code, b.code) || compare(a.message, b.message)
  );
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
