/*
 * The webview's only channel to the extension: typed postMessage (media/src/protocol.ts) and the
 * persisted view state (vscode.setState). acquireVsCodeApi may be called once per page.
 */
import type { WebviewPersistedState, WebviewToHost } from './protocol';

const api = acquireVsCodeApi<WebviewPersistedState>();

export function post(message: WebviewToHost): void {
  api.postMessage(message);
}

export function savedState(): WebviewPersistedState | undefined {
  return api.getState();
}

export function saveState(state: WebviewPersistedState): void {
  api.setState(state);
}

/** Reports a failure to the extension (its output channel) and returns the message. */
export function reportError(context: string, error: unknown): string {
  const message = `${context}: ${error instanceof Error ? error.message : String(error)}`;
  post({ type: 'error', message });
  return message;
}
