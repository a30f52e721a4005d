/*
 * Per-rule severity overrides by diagnostic code (`{ "retry-catch": "off", "no-terminal-path":
 * "error" }`), the one reading of the setting shared by the language server
 * (`aslStudio.diagnostics.rules`) and `asl validate` (`.aslrc.json` or the `asl` key of
 * package.json). Pure: validates the raw value and applies it to a list of findings.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './messages';
import type { AslDiagnostic, Severity } from './types';

export type RuleLevel = Severity | 'off';
export type RuleSettings = Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>;

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Syntax errors are what the parser saw: no setting may hide them. */
const FIXED: ReadonlySet<string> = new Set(['json-syntax', 'yaml-syntax']);

export interface ParsedRuleSettings {
  readonly settings: RuleSettings;
  /** One message per entry that was ignored (unknown code, bad level, fixed rule). */
  readonly problems: readonly string[];
}

/** Reads a raw settings value (from JSON); never throws. */
export function parseRuleSettings(raw: unknown): ParsedRuleSettings {
  if (raw === undefined || raw === null) return { settings: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings: {}, problems: ['rules must be an object of diagnostic code → level'] };
  const settings: Partial<Record<DiagnosticCode, RuleLevel>> = {};
  const problems: string[] = [];
  for (const [code, level] of Object.entries(raw)) {
    const problem = checkEntry(code, level);
    if (problem !== undefined) problems.push(problem);
    else settings[code as DiagnosticCode] = level as RuleLevel;
  }
  return { settings, problems };
}

function checkEntry(code: string, level: unknown): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code)) return `unknown diagnostic code "${code}"`;
  if (FIXED.has(code)) return `"${code}" cannot be changed (syntax errors always show)`;
  if (!LEVELS.includes(level as RuleLevel)) return `"${code}": level must be one of ${LEVELS.join(', ')}`;
  return undefined;
}

/** The findings with the overrides applied: 'off' drops them, a severity replaces theirs. */
export function applyRuleSettings(diagnostics: AslDiagnostic[], settings: RuleSettings | undefined): AslDiagnostic[] {
  if (settings === undefined || Object.keys(settings).length === 0) return diagnostics;
  const out: AslDiagnostic[] = [];
  for (const d of diagnostics) {
    const level = settings[d.code as DiagnosticCode];
    if (level === undefined) out.push(d);
    else if (level !== 'off') out.push(level === d.severity ? d : { ...d, severity: level });
  }
  return out;
}
