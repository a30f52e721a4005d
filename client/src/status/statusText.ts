// What the language status items say, as plain data: pure (no `vscode`), so node:test checks it.
// The server's state and a document's summary (server/src/protocol.ts DocumentSummary) in, texts out.
import type { DocumentSummary } from '../../../server/src/protocol';
import type { ServerState } from '../serverState';

export type StatusSeverity = 'information' | 'warning' | 'error';

export interface StatusText {
  readonly text: string;
  readonly detail: string;
  readonly severity: StatusSeverity;
  readonly busy: boolean;
}

const SERVER_TEXT: Record<ServerState, StatusText> = {
  starting: { text: 'Server starting', detail: 'ASL Studio language server', severity: 'information', busy: true },
  running: {
    text: '$(check) Server running',
    detail: 'ASL Studio language server',
    severity: 'information',
    busy: false,
  },
  stopped: {
    text: '$(debug-stop) Server stopped',
    detail: 'no diagnostics or completion',
    severity: 'warning',
    busy: false,
  },
  crashed: {
    text: '$(error) Server crashed',
    detail: 'no diagnostics or completion: restart it, the logs say why',
    severity: 'error',
    busy: false,
  },
};

export function serverStatusText(state: ServerState): StatusText {
  return SERVER_TEXT[state];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `JSONata · 12 states`; the detail names the states that speak the other language and syntax errors. */
export function documentStatusText(summary: DocumentSummary | null | undefined): StatusText {
  if (!summary) return { text: 'ASL', detail: 'waiting for the language server', severity: 'information', busy: true };
  const other = summary.queryLanguage === 'JSONata' ? 'JSONPath' : 'JSONata';
  const details = ['query language · states in this file'];
  if (summary.otherLanguageStates > 0) details.push(`${plural(summary.otherLanguageStates, 'state')} in ${other}`);
  if (summary.syntaxErrors > 0) details.push(plural(summary.syntaxErrors, 'syntax error'));
  return {
    text: `${summary.queryLanguage} · ${plural(summary.stateCount, 'state')}`,
    detail: details.join('; '),
    severity: summary.syntaxErrors > 0 ? 'warning' : 'information',
    busy: false,
  };
}
