// Shared helpers of the extension-host tests: fixture URIs in the e2e workspace (a copy of
// client/test/fixtures), opening a fixture in an editor, the activated extension's test API, and
// the graph preview tabs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AslStudioApi } from '../../src/extension';
import { waitFor } from './waitFor';

export const EXTENSION_ID = 'asl-studio.asl-studio';

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder must be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string, column?: vscode.ViewColumn): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc, column);
  return doc;
}

export async function api(): Promise<AslStudioApi> {
  const ext = vscode.extensions.getExtension<AslStudioApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return waitFor('activation', () => (ext.isActive ? ext.exports : undefined));
}

const PREVIEW_VIEW_TYPE = 'aslStudio.graphPreview';

export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
}

export async function closePreviews(): Promise<void> {
  await vscode.window.tabGroups.close(previewTabs());
  await waitFor('no previews', async () => ((await api()).graphPreviews().length === 0 ? true : undefined));
}
