/*
 * Launch configurations of the `asl` debug type in VS Code: the dynamic list (one per mock test
 * case beside the active file, so F5 works without a launch.json), the defaults the resolver fills
 * (definition = the active ASL file) and the checks that refuse a launch with a message, never a
 * hang. The configurations themselves are built by launchConfig.ts.
 */
import * as vscode from 'vscode';
import { existsSync } from 'fs';
import { ASL_DEBUG_TYPE } from '../../../server/src/debugProtocol';
import { configurationsFor, launchProblem, resolveAgainst, type RawConfiguration } from './launchConfig';
import { activeAslDocument, chooseConfiguration, NO_ASL_FILE, type RequestCandidates } from './targets';
import type { Notifier } from './notify';

export class AslConfigurationProvider implements vscode.DebugConfigurationProvider {
  constructor(
    private readonly candidates: RequestCandidates,
    private readonly notify: Notifier,
  ) {}

  /** Dynamic configurations: one per mock test case beside the active ASL file. */
  async provideDebugConfigurations(): Promise<vscode.DebugConfiguration[]> {
    const doc = activeAslDocument();
    if (doc === undefined || doc.uri.scheme !== 'file') return [];
    return configurationsFor(doc.uri.fsPath, await this.candidates(doc.uri.fsPath));
  }

  /** Fills what is missing: F5 with no launch.json gets the active file and the test case beside it. */
  async resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    const empty = !config.type && !config.request && !config.name;
    const wantsActive = config.definition === undefined || config.definition === '${file}';
    if (!empty && !wantsActive) return config;
    const active = activeAslDocument();
    if (active?.uri.scheme !== 'file') return this.refuse(NO_ASL_FILE);
    const path = active.uri.fsPath;
    if (!empty) return { ...config, definition: path };
    const candidates = await this.candidates(path);
    if (candidates.mocks?.problem) this.notify.warn(`ASL Studio: ${candidates.mocks.problem}`);
    const chosen = await chooseConfiguration(path, candidates, undefined);
    return chosen && { ...config, ...chosen }; // keeps what VS Code set, e.g. noDebug for Run Without Debugging
  }

  /** Makes the paths absolute and refuses what cannot start (no ASL file, bad attributes, untrusted handlers). */
  resolveDebugConfigurationWithSubstitutedVariables(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.DebugConfiguration | undefined {
    const resolved = absolutePaths(config, folder);
    const problem = launchProblem(resolved, vscode.workspace.isTrusted) ?? missingDefinition(resolved);
    return problem === undefined ? resolved : this.refuse(problem);
  }

  private refuse(message: string): undefined {
    this.notify.error(message);
    return undefined;
  }
}

/** `cwd` against the workspace folder, `definition` against `cwd` (or the workspace folder). */
function absolutePaths(config: vscode.DebugConfiguration, folder: vscode.WorkspaceFolder | undefined) {
  const base = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
  const cwd = typeof config.cwd === 'string' && base !== undefined ? resolveAgainst(base, config.cwd) : config.cwd;
  const root = typeof cwd === 'string' ? cwd : base;
  const definition =
    typeof config.definition === 'string' && root !== undefined
      ? resolveAgainst(root, config.definition)
      : config.definition;
  return { ...config, type: ASL_DEBUG_TYPE, ...(cwd === undefined ? {} : { cwd }), definition };
}

function missingDefinition(config: RawConfiguration): string | undefined {
  const path = config.definition as string;
  return existsSync(path) ? undefined : `ASL Studio: the state machine definition "${path}" does not exist.`;
}
