/*
 * computeDiagnostics(doc): every diagnostic of an ASL document, sorted by position. Runs each rule
 * of rules/ once over shared, lazily computed analyses (context.ts). The language server, `asl
 * validate` and the interpreter's pre-run check all call this. Never throws.
 */
import type { AslDocument } from '../../asl/types';
import type { AslDiagnostic } from './types';
import { RuleContext, type DiagnosticRule } from './context';
import { RULES } from './rules';

export type { AslDiagnostic, Severity } from './types';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './messages';
export { RULES } from './rules';

export interface DiagnosticsOptions {
  /** Rethrow a rule's internal error instead of dropping that rule's findings (tests). */
  readonly throwOnRuleError?: boolean;
  /** Run only these rules (tests, benchmarks). */
  readonly rules?: readonly DiagnosticRule[];
}

export function computeDiagnostics(doc: AslDocument, options: DiagnosticsOptions = {}): AslDiagnostic[] {
  const ctx = new RuleContext(doc);
  for (const rule of options.rules ?? RULES) {
    const before = ctx.diagnostics.length;
    try {
      rule.check(ctx);
    } catch (error) {
      if (options.throwOnRuleError) throw error;
      ctx.diagnostics.length = before; // an internal bug in one rule must not hide the others
    }
  }
  return ctx.diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
