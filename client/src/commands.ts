// Command ids and their handlers. Each handler is a small factory over the services it needs
// (rust-analyzer style), so extension.ts only registers them. Ids must match package.json.
import * as vscode from 'vscode';

export const COMMANDS = {
  restartServer: 'aslStudio.restartServer',
  showServerOutput: 'aslStudio.showServerOutput',
} as const;

export interface ServerControl {
  restart(): Promise<void>;
  showOutput(): void;
}

export function registerCommands(control: ServerControl): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.restartServer, () => control.restart()),
    vscode.commands.registerCommand(COMMANDS.showServerOutput, () => control.showOutput()),
  ];
}
