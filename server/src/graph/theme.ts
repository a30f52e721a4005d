/*
 * Colours of the graph and the one stylesheet that applies them to the renderer's classes. The
 * webview uses the VS Code palette (CSS variables of the current theme, light, dark or high
 * contrast); `asl graph --format svg` and exports embed a concrete palette. Pure.
 */

export interface Palette {
  readonly background: string;
  readonly foreground: string;
  readonly muted: string;
  readonly nodeFill: string;
  readonly nodeStroke: string;
  readonly containerFill: string;
  readonly containerStroke: string;
  readonly edge: string;
  readonly focus: string;
  readonly cursorFill: string;
  readonly error: string;
  readonly warning: string;
  readonly info: string;
  readonly succeed: string;
  readonly fail: string;
  readonly active: string;
  readonly visited: string;
  readonly caught: string;
}

export type PaletteKey = keyof Palette;

const v = (name: string, fallback: string): string => `var(--vscode-${name}, ${fallback})`;

/** The webview's palette: VS Code's theme variables (fallbacks for a page without them). */
export const VSCODE_PALETTE: Palette = {
  background: v('editor-background', '#1e1e1e'),
  foreground: v('editor-foreground', '#cccccc'),
  muted: v('descriptionForeground', '#9d9d9d'),
  nodeFill: v('editorWidget-background', '#252526'),
  nodeStroke: v('editorWidget-border', v('contrastBorder', '#6b6b6b')),
  containerFill: v('sideBar-background', 'rgba(128,128,128,0.06)'),
  containerStroke: v('panel-border', '#80808059'),
  edge: v('editorLineNumber-foreground', '#858585'),
  focus: v('focusBorder', '#007fd4'),
  cursorFill: v('editor-selectionBackground', '#264f78'),
  error: v('editorError-foreground', '#f14c4c'),
  warning: v('editorWarning-foreground', '#cca700'),
  info: v('editorInfo-foreground', '#3794ff'),
  succeed: v('testing-iconPassed', '#73c991'),
  fail: v('testing-iconFailed', '#f14c4c'),
  active: v('charts-yellow', '#cca700'),
  visited: v('charts-blue', '#3794ff'),
  caught: v('charts-orange', '#d18616'),
};

export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  foreground: '#1f1f1f',
  muted: '#616161',
  nodeFill: '#f8f8f8',
  nodeStroke: '#8a8a8a',
  containerFill: '#f3f3f3',
  containerStroke: '#c8c8c8',
  edge: '#6e6e6e',
  focus: '#0090f1',
  cursorFill: '#add6ff',
  error: '#e51400',
  warning: '#bf8803',
  info: '#1a85ff',
  succeed: '#388a34',
  fail: '#e51400',
  active: '#bf8803',
  visited: '#1a85ff',
  caught: '#d18616',
};

export const DARK_PALETTE: Palette = {
  background: '#1e1e1e',
  foreground: '#cccccc',
  muted: '#9d9d9d',
  nodeFill: '#252526',
  nodeStroke: '#6b6b6b',
  containerFill: '#232323',
  containerStroke: '#454545',
  edge: '#858585',
  focus: '#007fd4',
  cursorFill: '#264f78',
  error: '#f14c4c',
  warning: '#cca700',
  info: '#3794ff',
  succeed: '#73c991',
  fail: '#f14c4c',
  active: '#cca700',
  visited: '#3794ff',
  caught: '#d18616',
};

/** The stylesheet for the renderer's classes (svg.ts) in `p`. */
export function graphCss(p: Palette): string {
  return `
.asl-graph { font-family: system-ui, -apple-system, 'Segoe UI', Ubuntu, sans-serif; color: ${p.foreground}; }
.asl-graph .bg { fill: ${p.background}; }
.asl-graph text { fill: ${p.foreground}; font-size: 13px; dominant-baseline: middle; }
.asl-graph .detail, .asl-graph .machine-label, .asl-graph .edge-label text { font-size: 11px; fill: ${p.muted}; }
.asl-graph .header-name { font-size: 12px; font-weight: 600; }
.asl-graph .shape { fill: ${p.nodeFill}; stroke: ${p.nodeStroke}; stroke-width: 1.2; }
.asl-graph .compound > .shape { fill: ${p.containerFill}; }
.asl-graph .machine-box { fill: none; stroke: ${p.containerStroke}; stroke-dasharray: 4 3; }
.asl-graph .icon { fill: none; stroke: ${p.muted}; stroke-width: 1.4; stroke-linecap: round; stroke-linejoin: round; }
.asl-graph .t-succeed .shape { stroke: ${p.succeed}; }
.asl-graph .t-fail .shape { stroke: ${p.fail}; }
.asl-graph .t-choice .icon, .asl-graph .t-wait .icon { stroke: ${p.info}; }
.asl-graph .t-unknown .shape, .asl-graph .missing .shape { stroke-dasharray: 5 3; }
.asl-graph .missing .shape { stroke: ${p.error}; fill: none; }
.asl-graph .handler-ref .shape { stroke: ${p.fail}; stroke-dasharray: 6 4; }
.asl-graph .handler-ref text { fill: ${p.fail}; }
.asl-graph .unreachable { opacity: 0.55; }
.asl-graph .unreachable > .shape { stroke-dasharray: 2 3; }
.asl-graph .sev-error > .shape { stroke: ${p.error}; stroke-width: 2; }
.asl-graph .sev-warning > .shape { stroke: ${p.warning}; stroke-width: 2; }
.asl-graph .sev-information > .shape, .asl-graph .sev-hint > .shape { stroke: ${p.info}; }
.asl-graph .sev-mark.sev-error { fill: ${p.error}; }
.asl-graph .sev-mark.sev-warning { fill: ${p.warning}; }
.asl-graph .sev-mark.sev-information, .asl-graph .sev-mark.sev-hint { fill: ${p.info}; }
.asl-graph .badge text { font-size: 11px; fill: ${p.muted}; }
.asl-graph .start-marker { fill: ${p.foreground}; }
.asl-graph .end-marker { fill: none; stroke: ${p.foreground}; stroke-width: 2; }
.asl-graph .end-marker-dot { fill: ${p.foreground}; }
.asl-graph .edge { fill: none; stroke: ${p.edge}; stroke-width: 1.3; }
.asl-graph .edge.k-catch { stroke-dasharray: 6 4; stroke: ${p.fail}; }
.asl-graph .edge.k-default { stroke-width: 2; }
.asl-graph .arrow { fill: ${p.edge}; }
.asl-graph .edge-label rect { fill: ${p.background}; stroke: ${p.containerStroke}; }
.asl-graph .edge-label.k-catch text { fill: ${p.fail}; }
.asl-graph .edge-label.k-default text { font-weight: 600; }
.asl-graph .node.focusable { cursor: pointer; outline: none; }
.asl-graph .node.focusable:focus-visible > .shape, .asl-graph .node.selected > .shape { stroke: ${p.focus}; stroke-width: 2.5; }
.asl-graph .node.cursor > .shape { fill: ${p.cursorFill}; stroke: ${p.focus}; stroke-width: 2.5; }
.asl-graph .node.match > .shape { stroke: ${p.focus}; stroke-width: 2.5; stroke-dasharray: 4 2; }
.asl-graph .run-visited > .shape { stroke: ${p.visited}; stroke-width: 2; }
.asl-graph .run-succeeded > .shape { stroke: ${p.succeed}; stroke-width: 2.5; }
.asl-graph .run-failed > .shape { stroke: ${p.fail}; stroke-width: 2.5; }
.asl-graph .run-caught > .shape { stroke: ${p.caught}; stroke-width: 2.5; }
.asl-graph .run-active > .shape { stroke: ${p.active}; stroke-width: 3.5; }
.asl-graph .run-badge text { font-size: 11px; fill: ${p.foreground}; font-weight: 600; }
.asl-graph .run-badge rect { fill: ${p.background}; stroke: ${p.visited}; }
.asl-graph .run-not-visited { opacity: 0.5; }
.asl-graph .test-uncovered > .shape { stroke: ${p.warning}; stroke-width: 2.5; stroke-dasharray: 3 3; }
`;
}
