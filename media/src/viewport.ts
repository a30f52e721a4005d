/*
 * Zoom and pan of the drawing inside its scroll box, by a CSS transform on the <svg> (CSSOM, which a
 * strict CSP allows). Drag or wheel pans, Ctrl/Cmd+wheel (and pinch) zooms at the pointer, `fit`
 * shows everything. Knows nothing of states or messages.
 */

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
const STEP = 1.25;
/**
 * Below this zoom the labels are smaller than ~3 px and are not drawn (the box gets the class `far`):
 * their text layout and paint are most of a large drawing's cost, for unreadable specks.
 */
export const LABELS_MIN_ZOOM = 0.25;

export interface ViewState {
  readonly zoom: number;
  readonly scrollX: number;
  readonly scrollY: number;
}

export class Viewport {
  private zoom = 1;
  private x = 0;
  private y = 0;
  private content: { element: SVGSVGElement; width: number; height: number } | undefined;
  /** The box's size, kept by a ResizeObserver: reading clientWidth after a redraw forces a layout of the drawing. */
  private size: { width: number; height: number } | undefined;

  constructor(
    private readonly box: HTMLElement,
    private readonly onChange: (state: ViewState) => void,
  ) {
    box.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    this.enableDrag();
    new ResizeObserver(([entry]) => {
      this.size = { width: entry.contentRect.width, height: entry.contentRect.height };
      this.onChange(this.state());
    }).observe(box);
  }

  /** Takes a new drawing, keeping the current zoom and position. */
  setContent(element: SVGSVGElement, width: number, height: number): void {
    this.content = { element, width, height };
    element.style.transformOrigin = '0 0';
    this.apply();
  }

  state(): ViewState {
    return { zoom: this.zoom, scrollX: -this.x, scrollY: -this.y };
  }

  restore(state: ViewState): void {
    this.zoom = clamp(state.zoom);
    this.x = -state.scrollX;
    this.y = -state.scrollY;
    this.apply();
  }

  fit(): void {
    if (this.content === undefined) return;
    const { width, height } = this.content;
    const margin = 16;
    const zoom = Math.min((this.boxSize().width - margin * 2) / width, (this.boxSize().height - margin * 2) / height);
    this.zoom = clamp(Math.min(zoom, 1));
    this.x = (this.boxSize().width - width * this.zoom) / 2;
    this.y = Math.max(margin, (this.boxSize().height - height * this.zoom) / 2);
    this.apply();
  }

  zoomBy(factor: number, atX = this.boxSize().width / 2, atY = this.boxSize().height / 2): void {
    const zoom = clamp(this.zoom * factor);
    this.x = atX - ((atX - this.x) * zoom) / this.zoom;
    this.y = atY - ((atY - this.y) * zoom) / this.zoom;
    this.zoom = zoom;
    this.apply();
  }

  zoomIn(): void {
    this.zoomBy(STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / STEP);
  }

  panBy(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
    this.apply();
  }

  /** The part of the drawing in view, in drawing coordinates. */
  visibleArea(): { x: number; y: number; width: number; height: number } {
    return {
      x: -this.x / this.zoom,
      y: -this.y / this.zoom,
      width: this.boxSize().width / this.zoom,
      height: this.boxSize().height / this.zoom,
    };
  }

  /** Pans so the drawing point (x, y) is at the centre of the view. */
  centerOn(x: number, y: number): void {
    this.x = this.boxSize().width / 2 - x * this.zoom;
    this.y = this.boxSize().height / 2 - y * this.zoom;
    this.apply();
  }

  /**
   * Pans so the box (drawing coordinates) is in view; centres it when `center` or when it is
   * off-screen. `readable`: zoomed out so far that labels are not drawn, it zooms to 100% first.
   */
  reveal(box: { x: number; y: number; width: number; height: number }, center: boolean, readable = false): void {
    if (readable && this.zoom < LABELS_MIN_ZOOM) {
      this.zoom = 1;
      center = true;
    }
    const left = this.x + box.x * this.zoom;
    const top = this.y + box.y * this.zoom;
    const visible =
      left >= 0 &&
      top >= 0 &&
      left + box.width * this.zoom <= this.boxSize().width &&
      top + box.height * this.zoom <= this.boxSize().height;
    if (visible && !center) return;
    this.x = this.boxSize().width / 2 - (box.x + box.width / 2) * this.zoom;
    this.y = this.boxSize().height / 2 - (box.y + box.height / 2) * this.zoom;
    this.apply();
  }

  private boxSize(): { width: number; height: number } {
    this.size ??= { width: this.box.clientWidth, height: this.box.clientHeight };
    return this.size;
  }

  private apply(): void {
    if (this.content !== undefined)
      this.content.element.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.zoom})`;
    this.box.classList.toggle('far', this.zoom < LABELS_MIN_ZOOM);
    this.onChange(this.state());
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const rect = this.box.getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) this.zoomBy(Math.exp(-e.deltaY / 300), e.clientX - rect.left, e.clientY - rect.top);
    else this.panBy(-e.deltaX, -e.deltaY);
  }

  private enableDrag(): void {
    let last: { x: number; y: number } | undefined;
    this.box.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || (e.target as Element).closest('.node.focusable') !== null) return;
      last = { x: e.clientX, y: e.clientY };
      this.box.setPointerCapture(e.pointerId);
      this.box.classList.add('dragging');
    });
    this.box.addEventListener('pointermove', (e) => {
      if (last === undefined) return;
      this.panBy(e.clientX - last.x, e.clientY - last.y);
      last = { x: e.clientX, y: e.clientY };
    });
    const end = (): void => {
      last = undefined;
      this.box.classList.remove('dragging');
    };
    this.box.addEventListener('pointerup', end);
    this.box.addEventListener('pointercancel', end);
  }
}

function clamp(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(zoom) ? zoom : 1));
}
