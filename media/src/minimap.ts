/*
 * The minimap: a small overview of the whole drawing in the canvas's corner, with the visible area
 * as a rectangle; a click or drag on it centres the view there. Shown only while the drawing does
 * not fit in the view. DOM only; knows boxes and the viewport, not states or messages.
 */
import type { Box } from '../../server/src/graph/model';
import { SVG_NS } from '../../server/src/graph/svg';

/** The longest side of the minimap, in px. */
const SIZE = 180;

export interface MinimapTarget {
  /** The visible part of the drawing, in drawing coordinates. */
  visibleArea(): Box;
  /** Pans so the drawing point (x, y) is at the centre of the view. */
  centerOn(x: number, y: number): void;
}

export class Minimap {
  private readonly svg = document.createElementNS(SVG_NS, 'svg');
  private readonly view = document.createElementNS(SVG_NS, 'rect');
  private size = { width: 0, height: 0 };

  constructor(
    parent: HTMLElement,
    private readonly target: MinimapTarget,
  ) {
    this.svg.setAttribute('id', 'minimap');
    this.svg.setAttribute('aria-hidden', 'true');
    this.view.setAttribute('class', 'minimap-view');
    parent.append(this.svg);
    this.enablePointer();
  }

  /** Draws the overview of a new drawing (`boxes`: the nodes to show, containers first). */
  setContent(width: number, height: number, boxes: readonly (Box & { compound: boolean })[]): void {
    this.size = { width, height };
    const scale = SIZE / Math.max(width, height, 1);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', String(Math.ceil(width * scale)));
    this.svg.setAttribute('height', String(Math.ceil(height * scale)));
    const rects = boxes.map((b) => rect(b, b.compound ? 'minimap-container' : 'minimap-node'));
    this.svg.replaceChildren(...rects, this.view);
    this.update();
  }

  /** Moves the visible-area rectangle (after a pan or zoom); hides the map when everything is in view. */
  update(): void {
    const area = this.target.visibleArea();
    const { width, height } = this.size;
    const fits = area.x <= 0 && area.y <= 0 && area.x + area.width >= width && area.y + area.height >= height;
    this.svg.classList.toggle('hidden', width === 0 || fits);
    for (const [k, v] of Object.entries(area)) this.view.setAttribute(k, String(v));
  }

  private enablePointer(): void {
    let dragging = false;
    this.svg.addEventListener('pointerdown', (e) => {
      e.stopPropagation(); // not a pan of the canvas underneath
      dragging = true;
      this.svg.setPointerCapture(e.pointerId);
      this.moveTo(e);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (dragging) this.moveTo(e);
    });
    this.svg.addEventListener('pointerup', () => (dragging = false));
    this.svg.addEventListener('pointercancel', () => (dragging = false));
  }

  private moveTo(e: PointerEvent): void {
    const r = this.svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    const x = ((e.clientX - r.left) / r.width) * this.size.width;
    const y = ((e.clientY - r.top) / r.height) * this.size.height;
    this.target.centerOn(x, y);
  }
}

function rect(box: Box, className: string): SVGRectElement {
  const r = document.createElementNS(SVG_NS, 'rect');
  r.setAttribute('class', className);
  for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height }))
    r.setAttribute(k, String(v));
  return r;
}
