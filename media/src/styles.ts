/*
 * The webview's stylesheets, applied as constructed stylesheets (CSSOM: no inline <style>, no
 * 'unsafe-inline' needed): the graph's classes in VS Code's theme colours (server/src/graph/theme.ts,
 * the same rules the CLI embeds) and the chrome around it (toolbar, banner, side panel).
 */
import { graphCss, VSCODE_PALETTE } from '../../server/src/graph/theme';

const CHROME_CSS = `
html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; }
body { background: var(--vscode-editor-background, #1e1e1e); color: var(--vscode-foreground, #cccccc);
  font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); }
#app { display: flex; flex-direction: column; height: 100vh; }
#toolbar { display: flex; gap: 4px; align-items: center; padding: 4px 8px;
  border-bottom: 1px solid var(--vscode-panel-border, transparent); flex: none; }
#toolbar button { background: var(--vscode-button-secondaryBackground, #3a3d41); color: var(--vscode-button-secondaryForeground, #fff);
  border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 2px 8px; cursor: pointer; min-width: 26px; }
#toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground, #45494e); }
#toolbar button:focus-visible, #search:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
#search { background: var(--vscode-input-background); color: var(--vscode-input-foreground);
  border: 1px solid var(--vscode-input-border, transparent); padding: 2px 6px; width: 16em; }
#search-count { color: var(--vscode-descriptionForeground); min-width: 4em; }
.spacer { flex: 1; }
#banner { flex: none; padding: 4px 10px; background: var(--vscode-inputValidation-warningBackground, #352a05);
  border-bottom: 1px solid var(--vscode-inputValidation-warningBorder, #b89500); color: var(--vscode-foreground); }
#banner[hidden], #panel[hidden], #message[hidden] { display: none; }
#main { flex: 1; display: flex; min-height: 0; }
#canvas { flex: 1; position: relative; overflow: hidden; cursor: grab; outline: none; }
#canvas.dragging { cursor: grabbing; }
#drawing { position: absolute; left: 0; top: 0; }
#canvas.stale > #drawing { opacity: 0.6; }
#canvas.far > #drawing text { display: none; }
#message { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  color: var(--vscode-descriptionForeground); pointer-events: none; }
#panel { flex: none; width: 34%; min-width: 220px; max-width: 520px; overflow: auto; padding: 8px 10px;
  border-left: 1px solid var(--vscode-panel-border, #80808059); background: var(--vscode-sideBar-background, transparent); }
#panel h2 { font-size: 13px; margin: 4px 0 8px; }
#panel h3 { font-size: 11px; text-transform: uppercase; margin: 10px 0 4px; color: var(--vscode-descriptionForeground); }
#panel pre { white-space: pre-wrap; word-break: break-all; margin: 0; padding: 6px;
  font-family: var(--vscode-editor-font-family, monospace); font-size: var(--vscode-editor-font-size, 12px);
  background: var(--vscode-textCodeBlock-background, rgba(128,128,128,0.1)); }
#panel .close { float: right; }
#minimap { position: absolute; right: 10px; bottom: 10px; z-index: 1; cursor: pointer;
  background: var(--vscode-editorWidget-background, #252526); border: 1px solid var(--vscode-editorWidget-border, #454545);
  box-shadow: 0 1px 4px var(--vscode-widget-shadow, rgba(0,0,0,0.36)); }
#minimap.hidden { display: none; }
#minimap .minimap-node { fill: var(--vscode-descriptionForeground, #9d9d9d); opacity: 0.7; }
#minimap .minimap-container { fill: none; stroke: var(--vscode-descriptionForeground, #9d9d9d); stroke-width: 1; vector-effect: non-scaling-stroke; opacity: 0.5; }
#minimap .minimap-view { fill: var(--vscode-focusBorder, #007fd4); fill-opacity: 0.15;
  stroke: var(--vscode-focusBorder, #007fd4); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
`;

export function applyStyles(): void {
  const chrome = new CSSStyleSheet();
  chrome.replaceSync(CHROME_CSS);
  const graph = new CSSStyleSheet();
  graph.replaceSync(graphCss(VSCODE_PALETTE));
  document.adoptedStyleSheets = [chrome, graph];
}
