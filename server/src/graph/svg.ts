/*
 * GraphLayout + PreviewGraph → SVG text. The same renderer draws the webview (interactive: focusable
 * nodes, classes styled by the page's stylesheet) and `asl graph --format svg` / exports (standalone:
 * an embedded <style> with a concrete palette). Pure string building; no DOM.
 */
import type { PreviewGraph, PreviewMachine, PreviewState } from '../protocol';
import type { GraphLayout, PlacedEdge, PlacedNode } from './model';
import { graphCss, type Palette } from './theme';
import { iconSvg, shapeSvg, typeClass } from './shapes';
import { MAX_NAME_CHARS, handlerRefText, shorten } from './text';

export interface SvgOptions {
  /** Embed a stylesheet with this palette and a background (a file of its own). */
  readonly palette?: Palette;
  /** Focusable nodes (tab order, role=button) for the webview. */
  readonly interactive?: boolean;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * One drawn item (a node, an edge's path or label) with its position attribute's value left out as
 * PLACE: the same item moved keeps its markup, so the webview can reuse its element and patch the value.
 */
export interface SvgPart {
  readonly markup: string;
  readonly attribute: 'transform' | 'd';
  readonly value: string;
}

/** The drawing as the webview updates it: the root tag, what precedes the layers, and each layer's items. */
export interface SvgParts {
  readonly root: string;
  readonly defs: string;
  readonly containers: readonly SvgPart[];
  readonly edges: readonly SvgPart[];
  readonly nodes: readonly SvgPart[];
}

/** Stands for a part's position value in its markup; never in escaped text (not an XML character). */
export const PLACE = '\u0000';

/** The part's markup with its position. */
export function placed(part: SvgPart): string {
  return part.markup.replace(PLACE, () => part.value);
}

export function renderSvg(graph: PreviewGraph, layout: GraphLayout, options: SvgOptions = {}): string {
  const parts = svgParts(graph, layout, options);
  const draw = (list: readonly SvgPart[]): string => list.map(placed).join('');
  return [
    parts.root,
    parts.defs,
    `<g class="layer-containers">${draw(parts.containers)}</g>`,
    `<g class="layer-edges">${draw(parts.edges)}</g>`,
    `<g class="layer-nodes">${draw(parts.nodes)}</g>`,
    '</svg>',
  ].join('');
}

export function svgParts(graph: PreviewGraph, layout: GraphLayout, options: SvgOptions = {}): SvgParts {
  const states = new Map(graph.states.map((s) => [s.id, s]));
  const machines = new Map(graph.machines.map((m) => [m.id, m]));
  const containers: SvgPart[] = [];
  const nodes: SvgPart[] = [];
  for (const node of layout.nodes) {
    const markup = nodeSvg(node, states, machines, options);
    if (markup !== '')
      (node.compound ? containers : nodes).push({ markup, attribute: 'transform', value: translate(node) });
  }
  const { width, height } = layout;
  const root =
    `<svg xmlns="${SVG_NS}" class="asl-graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` role="img" aria-label="${escapeXml(graphTitle(graph))}">`;
  const defs = [
    options.palette !== undefined ? `<style>${graphCss(options.palette)}</style>` : '',
    options.palette !== undefined ? `<rect class="bg" width="${width}" height="${height}"/>` : '',
    '<defs><marker id="asl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9"',
    ' orient="auto-start-reverse"><path class="arrow" d="M0,1L9,5L0,9z"/></marker></defs>',
  ].join('');
  return { root, defs, containers, edges: layout.edges.flatMap(edgeParts), nodes };
}

function graphTitle(graph: PreviewGraph): string {
  return `State machine graph: ${graph.states.length} states`;
}

function nodeSvg(
  node: PlacedNode,
  states: ReadonlyMap<string, PreviewState>,
  machines: ReadonlyMap<string, PreviewMachine>,
  options: SvgOptions,
): string {
  const at = `transform="${PLACE}"`;
  switch (node.kind) {
    case 'state': {
      const state = states.get(node.ref);
      return state === undefined ? '' : stateSvg(state, node, at, options);
    }
    case 'machine':
      return `<g class="machine" data-machine="${escapeXml(node.ref)}" ${at}><rect class="machine-box" width="${node.width}" height="${node.height}" rx="6"/><text class="machine-label" x="10" y="13">${escapeXml(machines.get(node.ref)?.label ?? '')}</text></g>`;
    case 'start':
      return `<g class="marker start" ${at}><title>Start</title><circle class="start-marker" cx="${node.width / 2}" cy="${node.height / 2}" r="${node.width / 2 - 2}"/></g>`;
    case 'end': {
      const r = node.width / 2;
      return `<g class="marker end" ${at}><title>End</title><circle class="end-marker" cx="${r}" cy="${r}" r="${r - 2}"/><circle class="end-marker-dot" cx="${r}" cy="${r}" r="${r - 6}"/></g>`;
    }
    case 'handlerRef':
      return handlerRefSvg(states.get(node.ref), node, at, options);
    case 'missing':
      return `<g class="node missing" ${at}><title>${escapeXml(`'${node.ref}' is not a state of this machine`)}</title>${shapeSvg(undefined, node.width, node.height)}<text class="name" x="12" y="18">${escapeXml(shorten(node.ref, MAX_NAME_CHARS))}</text><text class="detail" x="12" y="34">missing state</text></g>`;
  }
}

function stateSvg(state: PreviewState, node: PlacedNode, at: string, options: SvgOptions): string {
  const classes = ['node', 'state', typeClass(state.type)];
  if (node.compound) classes.push('compound');
  if (!state.reachable) classes.push('unreachable');
  if (state.severity !== undefined) classes.push('sev-' + state.severity);
  if (options.interactive) classes.push('focusable');
  const focus = options.interactive ? ` tabindex="0" role="button" aria-label="${escapeXml(ariaLabel(state))}"` : '';
  return [
    `<g class="${classes.join(' ')}" data-id="${escapeXml(state.id)}" data-name="${escapeXml(state.name)}"${focus} ${at}>`,
    `<title>${escapeXml(tooltip(state))}</title>`,
    shapeSvg(state.type, node.width, node.height),
    iconSvg(state.type, 10, node.compound ? 8 : 10),
    `<text class="${node.compound ? 'name header-name' : 'name'}" x="30" y="${node.compound ? 15 : 17}">${escapeXml(shorten(state.name, MAX_NAME_CHARS))}</text>`,
    `<text class="detail" x="30" y="${node.compound ? 31 : 34}">${escapeXml(state.type ?? 'no Type')}</text>`,
    retryBadge(state, node),
    severityMark(state, node),
    '</g>',
  ].join('');
}

/** Where a Catch edge to a shared handler ends: the handler's name; the webview jumps to it on a click. */
function handlerRefSvg(handler: PreviewState | undefined, node: PlacedNode, at: string, options: SvgOptions): string {
  if (handler === undefined) return '';
  const name = escapeXml(handler.name);
  const focus = options.interactive
    ? ` class="node handler-ref focusable" tabindex="0" role="button" aria-label="Go to the error handler ${name}"`
    : ' class="node handler-ref"';
  return [
    `<g${focus} data-handler="${escapeXml(handler.id)}" ${at}>`,
    `<title>${escapeXml(node.errors ?? 'Catch')} → ${name} (an error handler shared by several states)</title>`,
    `<rect class="shape" width="${node.width}" height="${node.height}" rx="${node.height / 2}"/>`,
    `<text class="detail" x="10" y="${node.height / 2 + 1}">${escapeXml(handlerRefText(handler.name))}</text>`,
    '</g>',
  ].join('');
}

function retryBadge(state: PreviewState, node: PlacedNode): string {
  if (state.retry === undefined) return '';
  const attempts = state.retry.reduce((n, r) => n + (r.maxAttempts ?? 3), 0);
  const rules = state.retry.map((r) => `${r.errors.join(', ') || '(no errors)'} × ${r.maxAttempts ?? 3}`);
  const y = node.compound ? 31 : 34;
  return `<g class="badge retry"><title>${escapeXml('Retry: ' + rules.join('; '))}</title><text x="${node.width - 10}" y="${y}" text-anchor="end">↻ ${attempts}</text></g>`;
}

function severityMark(state: PreviewState, node: PlacedNode): string {
  if (state.severity === undefined) return '';
  return `<circle class="sev-mark sev-${state.severity}" cx="${node.width - 8}" cy="8" r="4"><title>${state.severity}</title></circle>`;
}

function ariaLabel(state: PreviewState): string {
  const facts = [`${state.type ?? 'untyped'} state`];
  if (!state.reachable) facts.push('unreachable');
  if (state.severity !== undefined) facts.push(`has ${state.severity}s`);
  return `${state.name}, ${facts.join(', ')}`;
}

function tooltip(state: PreviewState): string {
  const lines = [`${state.name} (${state.type ?? 'no Type'})`];
  if (state.comment !== undefined) lines.push(state.comment);
  if (!state.reachable) lines.push('Unreachable from StartAt');
  return lines.join('\n');
}

function edgeParts(edge: PlacedEdge): SvgPart[] {
  if (edge.points.length < 2) return [];
  const kind = 'k-' + edge.kind.toLowerCase();
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');
  const markup = `<path class="edge ${kind}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}" d="${PLACE}" marker-end="url(#asl-arrow)"/>`;
  const path: SvgPart = { markup, attribute: 'd', value: d };
  const label = edge.label;
  if (label === undefined) return [path];
  const labelMarkup =
    `<g class="edge-label ${kind}" transform="${PLACE}"><title>${escapeXml(label.full)}</title>` +
    `<rect width="${round(label.width)}" height="${round(label.height)}" rx="3"/><text x="4" y="${round(label.height / 2) + 1}">${escapeXml(label.text)}</text></g>`;
  return [path, { markup: labelMarkup, attribute: 'transform', value: translate(label) }];
}

function translate(at: { readonly x: number; readonly y: number }): string {
  return `translate(${round(at.x)} ${round(at.y)})`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[^\t\n\r\u0020-\ufffd]/g, '\ufffd'); // characters XML 1.0 does not allow
}
