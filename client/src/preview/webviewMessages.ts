/*
 * What the extension does with each message from a graph preview webview: every message is checked
 * first (inbound.ts, the webview is untrusted), then handled by an exhaustive switch. Reveal selects
 * the state's name in the editor; export asks where to save and writes the file.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WebviewToHost } from '../../../media/src/protocol';
import { exportBytes, exportFileName, type ExportFormat } from './exportFile';
import type { GraphPreview } from './graphPreview';
import { nameRangeById } from './graphLookup';
import { checkWebviewMessage } from './inbound';

export async function handleWebviewMessage(
  preview: GraphPreview,
  raw: unknown,
  log: vscode.LogOutputChannel,
): Promise<void> {
  const checked = checkWebviewMessage(raw);
  if (!checked.ok) return log.warn(`Graph preview: ignored a message from the webview (${checked.reason})`);
  const message: WebviewToHost = checked.message;
  switch (message.type) {
    case 'ready':
      return preview.webviewReady();
    case 'reveal':
      return revealState(preview, message.stateId, log);
    case 'export':
      return exportGraph(preview.documentUri, message.format, message.data);
    case 'error':
      return log.error(`Graph preview webview: ${message.message}`);
    default: {
      const unknown: never = message;
      return log.warn(`Graph preview: unhandled message ${JSON.stringify(unknown)}`);
    }
  }
}

/** Selects the state's name in an editor of the document (opened beside the preview when none is visible). */
async function revealState(preview: GraphPreview, stateId: string, log: vscode.LogOutputChannel): Promise<void> {
  const range = preview.currentGraph && nameRangeById(preview.currentGraph, stateId);
  if (!range) return log.warn(`Graph preview: no state ${JSON.stringify(stateId)} in the current graph`);
  const { start, end } = range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  const uri = preview.documentUri.toString();
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  const viewColumn = visible?.viewColumn ?? vscode.ViewColumn.Beside;
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(preview.documentUri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Asks where to save (default: `<definition name>.svg|png` next to it) and writes the file. */
async function exportGraph(documentUri: vscode.Uri, format: ExportFormat, data: string): Promise<void> {
  const bytes = exportBytes(format, data);
  if (!bytes.ok) {
    await vscode.window.showErrorMessage(`Graph export failed: ${bytes.reason}.`);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultExportUri(documentUri, format),
    filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    saveLabel: 'Export',
    title: `Export the graph as ${format.toUpperCase()}`,
  });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, bytes.bytes);
  } catch (err) {
    await vscode.window.showErrorMessage(`Graph export: cannot write ${target.toString(true)}: ${String(err)}`);
    return;
  }
  vscode.window.setStatusBarMessage(`Graph exported to ${target.toString(true)}`, 5000);
}

function defaultExportUri(documentUri: vscode.Uri, format: ExportFormat): vscode.Uri | undefined {
  const name = exportFileName(path.posix.basename(documentUri.path), format);
  if (documentUri.scheme !== 'untitled') return vscode.Uri.joinPath(documentUri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
}
