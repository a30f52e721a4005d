/*
 * The preview's one way to run a promise it does not await (event handlers, webview posts): its
 * failure is written to the ASL Studio output channel, never dropped.
 */
import type * as vscode from 'vscode';

export function logFailure(promise: PromiseLike<unknown>, what: string, log: vscode.LogOutputChannel): void {
  promise.then(undefined, (err: unknown) => log.error(`${what}: ${err instanceof Error ? err.message : String(err)}`));
}
