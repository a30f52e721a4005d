// The Testing view's tree: one item per test file in the workspace (`*.asl.test.yaml|yml|json`,
// found at start and kept current by a file watcher and by edits of open test files), one child
// per case, read by the language server (`asl/testFileOutline`: the one test file parser) with
// its range, so the view's "go to test" and failure locations land in the file.
import * as vscode from 'vscode';
import { TestFileOutlineRequest, type TestFileOutline } from '../../../server/src/protocol';
import { TEST_FILE_SUFFIXES } from '../../../server/src/testProtocol';
import type { RequestType } from 'vscode-languageclient/node';

export const TEST_FILE_GLOB = `**/*{${TEST_FILE_SUFFIXES.join(',')}}`;

export interface OutlineServer {
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
}

/** True for a test file name. */
export function isTestFile(uri: vscode.Uri): boolean {
  const path = uri.path.toLowerCase();
  return TEST_FILE_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

export class TestTree implements vscode.Disposable {
  /** The last outline of each file item (its definition, for Debug Test). */
  private readonly outlines = new WeakMap<vscode.TestItem, TestFileOutline>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly controller: vscode.TestController,
    private readonly server: OutlineServer,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(TEST_FILE_GLOB);
    watcher.onDidCreate((uri) => this.refreshLogged(uri));
    watcher.onDidChange((uri) => this.refreshLogged(uri));
    watcher.onDidDelete((uri) => controller.items.delete(uri.toString()));
    const edits = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && e.document.uri.scheme === 'file' && isTestFile(e.document.uri))
        this.refreshLogged(e.document.uri);
    });
    this.disposables.push(watcher, edits);
    controller.resolveHandler = (item) => (item === undefined ? this.discover() : this.refresh(item.uri!));
  }

  /** Every test file of the workspace, with its cases. */
  async discover(): Promise<void> {
    const files = await vscode.workspace.findFiles(TEST_FILE_GLOB, '**/node_modules/**');
    await Promise.all(files.map((uri) => this.refresh(uri)));
  }

  /** The definition a file item's test file names (absolute), when known. */
  definitionOf(fileItem: vscode.TestItem): string | undefined {
    return this.outlines.get(fileItem)?.definitionPath ?? undefined;
  }

  /** Reads a test file's cases again and updates its item (created when new). */
  async refresh(uri: vscode.Uri): Promise<void> {
    const outline = await this.server.request(TestFileOutlineRequest, { path: uri.fsPath });
    const item = this.fileItem(uri);
    if (outline === null) {
      item.error = 'The test file could not be read.';
      item.children.replace([]);
      return;
    }
    this.outlines.set(item, outline);
    item.error = outline.problems.length === 0 ? undefined : problemsText(outline);
    item.children.replace(outline.cases.map((c) => this.caseItem(uri, c.name, c.range, c.skip)));
  }

  private refreshLogged(uri: vscode.Uri): void {
    this.refresh(uri).catch((error: unknown) =>
      this.log.error(`Reading tests of ${uri.fsPath} failed: ${String(error)}`),
    );
  }

  private fileItem(uri: vscode.Uri): vscode.TestItem {
    const id = uri.toString();
    const existing = this.controller.items.get(id);
    if (existing !== undefined) return existing;
    const label = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const item = this.controller.createTestItem(id, label, uri);
    item.description = folderDescription(uri);
    item.canResolveChildren = true;
    this.controller.items.add(item);
    return item;
  }

  private caseItem(uri: vscode.Uri, name: string, range: TestFileOutline['cases'][number]['range'], skip: boolean) {
    const item = this.controller.createTestItem(name, name, uri);
    item.range = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    if (skip) item.description = 'skipped';
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The file's folder relative to its workspace folder (test files of the same name in two folders stay apart). */
function folderDescription(uri: vscode.Uri): string | undefined {
  const relative = vscode.workspace.asRelativePath(uri, false);
  const cut = relative.lastIndexOf('/');
  return cut < 0 ? undefined : relative.slice(0, cut);
}

function problemsText(outline: TestFileOutline): vscode.MarkdownString {
  const lines = outline.problems.map((p) => `- line ${p.range.start.line + 1}: ${p.message}`);
  return new vscode.MarkdownString(`The test file has problems (no case runs):\n\n${lines.join('\n')}`);
}
