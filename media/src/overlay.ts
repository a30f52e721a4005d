/*
 * Draws an execution (server/src/debugProtocol.ts ExecutionOverlay) over the rendered graph: state
 * classes for active / succeeded / failed / caught / not visited, and badges for entries, retries
 * and Map iterations. DOM only; states are matched by name (AWS names are unique in a definition).
 */
import type { ExecutionOverlay, StateRunInfo } from '../../server/src/debugProtocol';
import { SVG_NS } from '../../server/src/graph/svg';

const RUN_CLASSES = ['run-active', 'run-succeeded', 'run-failed', 'run-caught', 'run-not-visited', 'run-visited'];

export function clearOverlay(root: Element): void {
  for (const node of root.querySelectorAll('.node.state')) node.classList.remove(...RUN_CLASSES);
  for (const badge of root.querySelectorAll('.run-badge')) badge.remove();
}

export function applyOverlay(root: Element, overlay: ExecutionOverlay): void {
  clearOverlay(root);
  const byName = new Map(overlay.states.map((s) => [s.name, s]));
  const current = new Set(overlay.current);
  for (const node of root.querySelectorAll<SVGGElement>('.node.state')) {
    const name = node.dataset.name ?? '';
    const info = byName.get(name);
    if (info === undefined) {
      node.classList.add('run-not-visited');
      continue;
    }
    node.classList.add('run-visited', 'run-' + info.status);
    if (current.has(name)) node.classList.add('run-active');
    const text = badgeText(info);
    if (text !== '') node.append(badge(node, text, info));
  }
}

/** `×3` entries, `↻2` retries, `7/10 ✓ 2 ✗ 1 …` Map iterations, and the error name. */
export function badgeText(info: StateRunInfo): string {
  const parts: string[] = [];
  if (info.entered > 1) parts.push(`×${info.entered}`);
  if (info.retries > 0) parts.push(`↻${info.retries}`);
  const m = info.mapIterations;
  if (m !== undefined)
    parts.push(
      `${m.succeeded + m.failed}/${m.total}` +
        (m.failed > 0 ? ` ✗${m.failed}` : '') +
        (m.active > 0 ? ` ▶${m.active}` : ''),
    );
  if (info.error !== undefined && info.status !== 'succeeded') parts.push(info.error);
  return parts.join(' ');
}

function badge(node: SVGGElement, text: string, info: StateRunInfo): SVGGElement {
  const shape = node.querySelector('.shape') as SVGGraphicsElement | null;
  const width = shape?.getBBox().width ?? 140;
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'run-badge');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `${info.name}: ${info.status}, entered ${info.entered}×, ${info.retries} retries`;
  const label = document.createElementNS(SVG_NS, 'text');
  label.textContent = text;
  const rect = document.createElementNS(SVG_NS, 'rect');
  const textWidth = Math.min(220, 7 * text.length + 10);
  for (const [k, v] of Object.entries({ x: width - textWidth + 6, y: -9, width: textWidth, height: 16, rx: 8 }))
    rect.setAttribute(k, String(v));
  label.setAttribute('x', String(width - textWidth + 11));
  label.setAttribute('y', '0');
  g.append(title, rect, label);
  return g;
}
