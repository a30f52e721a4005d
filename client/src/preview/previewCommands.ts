/*
 * The graph preview's commands (ids must match package.json): open beside or in the current
 * column, show the source, and the toolbar actions (fit, zoom, find, export) that go to the
 * active preview's webview. Only translates command calls into PreviewManager calls.
 */
import * as vscode from 'vscode';
import type { ToolbarAction } from './graphPreview';
import type { PreviewManager } from './previewManager';

const PREVIEW_COMMANDS = {
  open: 'aslStudio.preview.open',
  openInCurrentColumn: 'aslStudio.preview.openInCurrentColumn',
  showSource: 'aslStudio.preview.showSource',
  fit: 'aslStudio.preview.fit',
  zoomIn: 'aslStudio.preview.zoomIn',
  zoomOut: 'aslStudio.preview.zoomOut',
  find: 'aslStudio.preview.find',
  exportSvg: 'aslStudio.preview.exportSvg',
  exportPng: 'aslStudio.preview.exportPng',
} as const;

const ACTIONS: readonly (readonly [string, ToolbarAction])[] = [
  [PREVIEW_COMMANDS.fit, 'fit'],
  [PREVIEW_COMMANDS.zoomIn, 'zoomIn'],
  [PREVIEW_COMMANDS.zoomOut, 'zoomOut'],
  [PREVIEW_COMMANDS.find, 'find'],
  [PREVIEW_COMMANDS.exportSvg, 'exportSvg'],
  [PREVIEW_COMMANDS.exportPng, 'exportPng'],
];

export function registerPreviewCommands(manager: PreviewManager): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(PREVIEW_COMMANDS.open, (arg: unknown) => manager.open(uriArg(arg), 'beside')),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.openInCurrentColumn, (arg: unknown) =>
      manager.open(uriArg(arg), 'current'),
    ),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.showSource, () => showSource(manager)),
    ...ACTIONS.map(([id, action]) => vscode.commands.registerCommand(id, () => manager.runAction(action))),
  ];
}

/** Editor title and explorer menus pass the resource's URI; the palette and keybindings pass nothing. */
function uriArg(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : undefined;
}

/** Shows the active preview's document: in the editor that shows it, else beside the preview. */
async function showSource(manager: PreviewManager): Promise<void> {
  const preview = manager.activePreview();
  if (!preview) return;
  const key = preview.documentUri.toString();
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  await vscode.window.showTextDocument(preview.documentUri, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
  });
}
