// Run State Machine and Debug State Machine (editor title, context menu, command palette, code
// lenses): find the definition and its launch configuration (targets.ts), then hand it to the
// runner (no debug UI) or to VS Code's debugger. Arguments: the file's Uri (menus) and a mock test
// case name (code lenses).
import * as vscode from 'vscode';
import type { LaunchCandidates } from '../../../server/src/protocol';
import type { StateMachineRunner } from '../run/runner';
import type { AslDebugConfiguration } from './launchConfig';
import type { Notifier } from './notify';
import { chooseConfiguration, definitionToRun, type RequestCandidates } from './targets';

export const RUN_COMMAND = 'aslStudio.runStateMachine';
export const DEBUG_COMMAND = 'aslStudio.debugStateMachine';

export interface RunDebugDeps {
  readonly candidates: RequestCandidates;
  readonly runner: StateMachineRunner;
  readonly notify: Notifier;
}

export function registerRunDebugCommands(deps: RunDebugDeps): vscode.Disposable[] {
  const run = async (uri?: unknown, testCase?: unknown) => {
    const config = await prepare(deps, uri, testCase);
    if (config !== undefined) await deps.runner.run(config);
  };
  const debug = async (uri?: unknown, testCase?: unknown) => {
    const config = await prepare(deps, uri, testCase);
    if (config === undefined) return;
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(config.definition));
    await vscode.debug.startDebugging(folder, config);
  };
  return [vscode.commands.registerCommand(RUN_COMMAND, run), vscode.commands.registerCommand(DEBUG_COMMAND, debug)];
}

async function prepare(
  deps: RunDebugDeps,
  uri: unknown,
  testCase: unknown,
): Promise<AslDebugConfiguration | undefined> {
  const target = await definitionToRun(uri instanceof vscode.Uri ? uri : undefined);
  if (typeof target === 'string') {
    deps.notify.error(target);
    return undefined;
  }
  const candidates = await candidatesOrNone(deps, target.fsPath);
  if (candidates.mocks?.problem) deps.notify.warn(`ASL Studio: ${candidates.mocks.problem}`);
  return chooseConfiguration(target.fsPath, candidates, typeof testCase === 'string' ? testCase : undefined);
}

/** What sits beside the file; when the language server cannot say, the run goes on without mocks and says so. */
async function candidatesOrNone(deps: RunDebugDeps, path: string): Promise<LaunchCandidates> {
  try {
    return await deps.candidates(path);
  } catch (error) {
    deps.notify.warn(`ASL Studio: could not look for inputs and mock files beside ${path}: ${String(error)}`);
    return { stateMachineName: '', inputs: [] };
  }
}
