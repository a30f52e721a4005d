/*
 * The graph preview webview's HTML: a pure function of the URIs and the nonce (no `vscode`, no I/O),
 * unit-tested for its Content Security Policy. The page only loads the webview script and styles;
 * every piece of data reaches it later by postMessage, never through this HTML.
 */

export interface PreviewHtmlOptions {
  /** `webview.cspSource`: the origin the webview may load styles, images and fonts from. */
  readonly cspSource: string;
  /** `asWebviewUri` of media/dist/graph.js. */
  readonly scriptUri: string;
  /** A fresh random value per page load (letters and digits only). */
  readonly nonce: string;
  /** The page title (the document's file name); escaped. */
  readonly title: string;
}

const NONCE_PATTERN = /^[A-Za-z0-9]{16,}$/;

/**
 * The CSP: nothing by default; the nonce'd script; styles, images and fonts from the extension. The
 * webview applies its CSS as constructed stylesheets (no inline styles); its PNG export draws the SVG
 * through an <img> of a blob: URL and reads a data: URL back, hence img-src data: blob:. No workers:
 * the extension sends each graph laid out (client/src/preview/layoutPool.ts).
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function buildPreviewHtml(options: PreviewHtmlOptions): string {
  if (!NONCE_PATTERN.test(options.nonce)) throw new Error('buildPreviewHtml: the nonce must be 16+ letters or digits');
  const csp = escapeHtml(previewCsp(options.cspSource, options.nonce));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(options.title)}</title>`,
    '</head>',
    '<body>',
    `<script nonce="${options.nonce}" src="${escapeHtml(options.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for element content and double-quoted attribute values (the only places this file uses). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}
