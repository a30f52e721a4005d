/*
 * Draws the renderer's parts (server/src/graph/svg.ts svgParts) into one lasting <svg>, incrementally:
 * an item whose markup is unchanged keeps its element (only its position value is patched when it
 * moved), and only new markup is parsed, in one call of the HTML parser. The DOM equals a full parse of
 * renderSvg.
 */
import { PLACE, SVG_NS, placed, type SvgPart, type SvgParts } from '../../server/src/graph/svg';

const LAYERS = ['containers', 'edges', 'nodes'] as const;
type Layer = (typeof LAYERS)[number];

export class Drawer {
  readonly svg: SVGSVGElement;
  private readonly layers: Record<Layer, SVGGElement>;
  private root = '';
  private defs = '';
  /** The elements on screen by their part's markup (several for identical items, e.g. end markers). */
  private drawn = new Map<string, Element[]>();

  constructor() {
    const shell = `<svg xmlns="${SVG_NS}">${LAYERS.map((l) => `<g class="layer-${l}"/>`).join('')}</svg>`;
    this.svg = parse(shell, true)[0] as SVGSVGElement;
    const [containers, edges, nodes] = Array.from(this.svg.children) as SVGGElement[];
    this.layers = { containers, edges, nodes };
  }

  draw(parts: SvgParts): void {
    this.updateShell(parts.root, parts.defs);
    const previous = this.drawn;
    this.drawn = new Map();
    const wanted: Record<Layer, (Element | undefined)[]> = { containers: [], edges: [], nodes: [] };
    const fresh: { layer: Layer; index: number; part: SvgPart }[] = [];
    for (const layer of LAYERS)
      parts[layer].forEach((part, index) => {
        // in order: identical items (edge labels, markers) keep their places
        const element = previous.get(part.markup)?.shift();
        if (element === undefined) fresh.push({ layer, index, part });
        else if (element.getAttribute(part.attribute) !== part.value) element.setAttribute(part.attribute, part.value);
        wanted[layer].push(element);
        if (element !== undefined) this.remember(part.markup, element);
      });
    const parsed =
      fresh.length === 0 ? [] : parse(`<svg xmlns="${SVG_NS}">${fresh.map((f) => placed(f.part)).join('')}</svg>`);
    if (parsed.length !== fresh.length)
      throw new Error(`renderer produced ${parsed.length} elements for ${fresh.length} items`);
    fresh.forEach(({ layer, index, part }, i) => {
      wanted[layer][index] = parsed[i];
      this.remember(part.markup, parsed[i]);
    });
    for (const layer of LAYERS) reconcile(this.layers[layer], wanted[layer] as Element[]);
  }

  private remember(markup: string, element: Element): void {
    const list = this.drawn.get(markup);
    if (list === undefined) this.drawn.set(markup, [element]);
    else list.push(element);
  }

  /** The root's attributes and what precedes the layers (the arrow marker), when they changed. */
  private updateShell(root: string, defs: string): void {
    if (root === this.root && defs === this.defs) return;
    const shell = parse(`${root}${defs}</svg>`, true)[0];
    for (const { name } of Array.from(this.svg.attributes))
      if (!shell.hasAttribute(name) && name !== 'id' && name !== 'style') this.svg.removeAttribute(name);
    for (const { name, value } of Array.from(shell.attributes)) this.svg.setAttribute(name, value);
    if (defs !== this.defs) {
      while (this.svg.firstElementChild !== this.layers.containers) this.svg.firstElementChild?.remove();
      this.svg.prepend(...Array.from(shell.children));
    }
    this.root = root;
    this.defs = defs;
  }
}

/** Makes `wanted` the layer's children in order with the fewest moves; the others leave the DOM. */
function reconcile(layer: Element, wanted: readonly Element[]): void {
  const keep = new Set(wanted);
  let cursor = layer.firstElementChild;
  for (const element of wanted) {
    while (cursor !== null && !keep.has(cursor)) {
      const next = cursor.nextElementSibling;
      cursor.remove();
      cursor = next;
    }
    if (element === cursor) cursor = cursor.nextElementSibling;
    else layer.insertBefore(element, cursor);
  }
  while (cursor !== null) {
    const next = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
}

/**
 * The children of a parsed <svg> (or the root itself), made by the page's HTML parser in SVG content
 * (a Range fragment): ~3x faster than DOMParser's XML parser plus importNode on a 750-state drawing.
 * The HTML parser does not reject bad markup: the renderer escapes what it writes, and `draw` checks
 * that it got one element per part.
 */
function parse(text: string, rootOnly = false): Element[] {
  if (text.includes(PLACE)) throw new Error('renderer markup without its position');
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const root = range.createContextualFragment(text).firstElementChild;
  if (root === null || root.namespaceURI !== SVG_NS || root.localName !== 'svg')
    throw new Error('renderer produced no <svg> element');
  return rootOnly ? [root] : Array.from(root.children);
}
