/*
 * Export of the drawing: standalone SVG text from the same renderer as `asl graph --format svg`,
 * in the current VS Code colours resolved to concrete values, and a PNG drawn from that SVG on a
 * canvas (an <img> of a blob: URL: the host's CSP must allow img-src blob:).
 */
import type { PreviewGraph } from '../../server/src/protocol';
import type { GraphLayout } from '../../server/src/graph/model';
import { renderSvg } from '../../server/src/graph/svg';
import { VSCODE_PALETTE, type Palette, type PaletteKey } from '../../server/src/graph/theme';

export function exportSvg(graph: PreviewGraph, layout: GraphLayout): string {
  return renderSvg(graph, layout, { palette: resolvedPalette() });
}

/** A PNG data: URL of the SVG at `scale` device pixels per unit. */
export async function exportPng(svg: string, width: number, height: number, scale = 2): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** VS Code's palette with every var(--vscode-…) resolved through the page's computed styles. */
function resolvedPalette(): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const out = {} as Record<PaletteKey, string>;
  for (const key of Object.keys(VSCODE_PALETTE) as PaletteKey[]) {
    probe.style.color = '';
    probe.style.color = VSCODE_PALETTE[key];
    out[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return out;
}
