/*
 * What an export from the graph preview writes: the default file name next to the definition and
 * the bytes of the SVG text or the PNG data: URL the webview sent. Pure (no `vscode`, no I/O);
 * anything that is not a real SVG document or PNG image is refused with a reason.
 */

export type ExportFormat = 'svg' | 'png';
type ExportBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

const ASL_SUFFIX = /\.asl\.(json|ya?ml)$|\.(json|ya?ml|asl)$/i;
const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** `order.asl.json` → `order.svg`; an untitled document (no extension) → `<name>.svg`. */
export function exportFileName(documentBaseName: string, format: ExportFormat): string {
  const stem = documentBaseName.replace(ASL_SUFFIX, '') || 'state-machine';
  return `${stem}.${format}`;
}

export function exportBytes(format: ExportFormat, data: string): ExportBytes {
  return format === 'svg' ? svgBytes(data) : pngBytes(data);
}

function svgBytes(text: string): ExportBytes {
  const head = text.trimStart().slice(0, 200);
  if (!head.startsWith('<svg') && !(head.startsWith('<?xml') && text.includes('<svg')))
    return { ok: false, reason: 'the SVG export is not an SVG document' };
  return { ok: true, bytes: new TextEncoder().encode(text) };
}

function pngBytes(dataUrl: string): ExportBytes {
  if (!dataUrl.startsWith(PNG_PREFIX))
    return { ok: false, reason: 'the PNG export is not a data:image/png;base64 URL' };
  const base64 = dataUrl.slice(PNG_PREFIX.length);
  if (base64.length % 4 !== 0 || !BASE64.test(base64))
    return { ok: false, reason: 'the PNG export is not valid base64' };
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { ok: false, reason: 'the PNG export is not a PNG image' };
  return { ok: true, bytes };
}
