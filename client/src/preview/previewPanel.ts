/*
 * Creates and prepares graph preview webview panels with the project's webview hygiene: scripts
 * only, from media/ (localResourceRoots), a fresh nonce per page, the CSP of html.ts, and no
 * retainContextWhenHidden (the webview keeps its view state with setState; the serializer revives it).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { previewTitle } from './graphPreview';
import { buildPreviewHtml } from './html';

/** The webview panel type (package.json activation event `onWebviewPanel:aslStudio.graphPreview`). */
export const PREVIEW_VIEW_TYPE = 'aslStudio.graphPreview';

export function createPanel(
  extensionUri: vscode.Uri,
  documentUri: vscode.Uri,
  viewColumn: vscode.ViewColumn,
  preserveFocus: boolean,
): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(
    PREVIEW_VIEW_TYPE,
    previewTitle(documentUri),
    { viewColumn, preserveFocus },
    { ...webviewOptions(extensionUri), enableFindWidget: false },
  );
}

/** Sets (or, for a revived panel, sets again) the options, icon and HTML of a preview panel. */
export function preparePanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  panel.webview.options = webviewOptions(extensionUri);
  panel.iconPath = {
    light: vscode.Uri.joinPath(media, 'icons', 'graph-preview-light.svg'),
    dark: vscode.Uri.joinPath(media, 'icons', 'graph-preview-dark.svg'),
  };
  panel.webview.html = buildPreviewHtml({
    cspSource: panel.webview.cspSource,
    scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'dist', 'graph.js')).toString(),
    nonce: randomBytes(16).toString('hex'),
    title: panel.title,
  });
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}
