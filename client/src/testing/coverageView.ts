// The last coverage run in the editor: a code lens over each state of a definition ("reached 3× by
// tests", "not reached by any test", the Choice rules / Catch / Retry paths never taken) and the
// unreached states marked on the definition's graph preview. The first edit of a definition drops
// its coverage (the ranges describe text that no longer exists).
import * as vscode from 'vscode';
import type { DefinitionCoverage } from '../../../server/src/testProtocol';
import { pathKey } from '../preview/paths';
import { mergeCoverage, stateEntries, stateLensText, uncoveredStates } from './coverageModel';

export interface UncoveredSink {
  setUncovered(definitionPath: string, uncovered: readonly string[] | undefined): void;
}

export class CoverageView implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly byPath = new Map<string, DefinitionCoverage>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly edits: vscode.Disposable;

  constructor(private readonly graph: UncoveredSink) {
    this.edits = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && e.document.uri.scheme === 'file') this.drop(e.document.uri.fsPath);
    });
  }

  /** A coverage run's result replaces the earlier coverage of the definitions it ran. */
  show(coverage: readonly DefinitionCoverage[]): void {
    for (const definition of mergeCoverage(coverage, [])) {
      this.byPath.set(pathKey(definition.definitionPath), definition);
      this.graph.setUncovered(definition.definitionPath, uncoveredStates(definition));
    }
    this.changed.fire();
  }

  /** The coverage shown for a definition file (e2e tests read it through the extension's API). */
  coverageOf(definitionPath: string): DefinitionCoverage | undefined {
    return this.byPath.get(pathKey(definitionPath));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const coverage = document.uri.scheme === 'file' ? this.coverageOf(document.uri.fsPath) : undefined;
    if (coverage === undefined) return [];
    return stateEntries(coverage).map((entry) => {
      const { line, character } = entry.range.start;
      const range = new vscode.Range(line, character, line, character);
      return new vscode.CodeLens(range, { title: `$(beaker) ${stateLensText(entry)}`, command: '' });
    });
  }

  private drop(path: string): void {
    const coverage = this.byPath.get(pathKey(path));
    if (coverage === undefined) return;
    this.byPath.delete(pathKey(path));
    this.graph.setUncovered(coverage.definitionPath, undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.edits.dispose();
    this.changed.dispose();
  }
}
