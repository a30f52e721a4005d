/*
 * computeDiagnostics(doc): every diagnostic of an ASL document, sorted by position. Document rules
 * run once; state rules run slice by slice (a few hundred states at a time, nested machines with
 * their owner), so each slice's part of the tree is still in the CPU cache when the next rule reads
 * it. The language server, `asl validate` and the interpreter's pre-run check call this. Never throws.
 */
import type { AslDocument, AslMachine, AslState } from '../../asl/types';
import type { AslDiagnostic } from './types';
import { RuleContext, type DiagnosticRule } from './context';
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
  const ctx = new RuleContext(doc);
  const rules = options.rules ?? RULES;
  const stateRules = rules.filter((r) => r.scope === 'states');
  for (const slice of slices(doc, options.sliceSize ?? SLICE_SIZE)) {
    const sliceCtx = ctx.forSlice(slice.states, slice.machines);
    for (const rule of stateRules) runRule(rule, sliceCtx, options);
  }
  /* after the slices: document rules that read sites or path strings reuse the slices' ones */
  for (const rule of rules) if (rule.scope === 'document') runRule(rule, ctx, options);
  return applyRuleSettings(ctx.diagnostics.sort(byPosition), options.ruleSettings);
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
  return a < b ? -1 : a > b ? 1 : 0;
}
