// Messages to the user from the debugger and run commands, never dropped: each notification's
// promise is handled, and a notification that cannot be shown is written to the log instead.
import * as vscode from 'vscode';

export interface Notifier {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export function createNotifier(log: vscode.LogOutputChannel): Notifier {
  const failed = (message: string) => (err: unknown) => log.error(`could not show "${message}": ${String(err)}`);
  return {
    error(message) {
      log.error(message);
      vscode.window.showErrorMessage(message).then(undefined, failed(message));
    },
    warn(message) {
      log.warn(message);
      vscode.window.showWarningMessage(message).then(undefined, failed(message));
    },
    info(message) {
      vscode.window.showInformationMessage(message).then(undefined, failed(message));
    },
  };
}
