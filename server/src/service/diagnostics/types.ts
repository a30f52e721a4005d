/*
 * The diagnostic value shared by the language server, `asl validate` and the interpreter's
 * pre-run check. Offsets only; lsp/ converts spans to LSP ranges. No LSP types here.
 */
import type { Span } from '../../asl/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface AslDiagnostic {
  readonly span: Span;
  readonly severity: Severity;
  /** Stable, kebab-case rule code, e.g. 'undefined-state', 'unknown-field'. */
  readonly code: string;
  readonly message: string;
  /** 'unnecessary' renders faded (unreachable states), 'deprecated' struck through. */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /** Machine-readable facts for quick fixes (e.g. { suggestion: 'ProcessOrder' }). */
  readonly data?: Readonly<Record<string, unknown>>;
}
