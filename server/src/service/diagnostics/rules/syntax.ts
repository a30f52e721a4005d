/* json-syntax / yaml-syntax: the parser's syntax errors, as diagnostics. */
import type { DiagnosticRule } from '../context';
import type { DiagnosticCode } from '../messages';

export const syntaxRule: DiagnosticRule = {
  scope: 'document',
  codes: ['json-syntax', 'yaml-syntax'],
  check(ctx) {
    const fallback: DiagnosticCode = ctx.doc.format === 'yaml' ? 'yaml-syntax' : 'json-syntax';
    for (const problem of ctx.doc.syntaxErrors) {
      const code: DiagnosticCode =
        problem.code === 'yaml-syntax' || problem.code === 'json-syntax' ? problem.code : fallback;
      ctx.report(code, problem.span, problem.message);
    }
  },
};
