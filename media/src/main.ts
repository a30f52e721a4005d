/*
 * Entry of media/dist/graph.js: the graph preview webview (browser runtime, DOM only). Builds the
 * page, then handles the host's messages (media/src/protocol.ts) with an exhaustive switch and the
 * user's mouse and keyboard input. Talks to the extension only through postMessage.
 */
import type { HostToWebview } from './protocol';
import { applyStyles } from './styles';
import { buildPage, type ToolbarAction } from './dom';
import { GraphView } from './graphView';
import { hidePanel } from './panel';
import { exportPng, exportSvg } from './exporter';
import { post, reportError } from './host';

applyStyles();
const page = buildPage();
const view = new GraphView(page);

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  handle(event.data).catch((error: unknown) => showFailure('graph preview', error));
});

async function handle(message: HostToWebview): Promise<void> {
  switch (message.type) {
    case 'graph':
      return view.showGraph(message);
    case 'cursor':
      return view.setCursor(message.stateId);
    case 'execution':
      return view.setOverlay(message.overlay);
    case 'coverage':
      return view.setUncovered(message.uncovered);
    case 'action':
      return runAction(message.action);
    default: {
      const unknown: never = message;
      throw new Error(`unknown message ${JSON.stringify(unknown)}`);
    }
  }
}

async function runAction(action: ToolbarAction | 'find'): Promise<void> {
  switch (action) {
    case 'fit':
      return view.viewport.fit();
    case 'zoomIn':
      return view.viewport.zoomIn();
    case 'zoomOut':
      return view.viewport.zoomOut();
    case 'find':
      return view.search.focus();
    case 'exportSvg':
    case 'exportPng':
      return exportDrawing(action === 'exportSvg' ? 'svg' : 'png');
    default: {
      const unknown: never = action;
      throw new Error(`unknown action ${String(unknown)}`);
    }
  }
}

async function exportDrawing(format: 'svg' | 'png'): Promise<void> {
  const drawing = view.current();
  if (drawing === undefined) throw new Error('nothing to export yet');
  const svg = exportSvg(drawing.graph, drawing.layout);
  const data = format === 'svg' ? svg : await exportPng(svg, drawing.layout.width, drawing.layout.height);
  post({ type: 'export', format, data });
}

function showFailure(context: string, error: unknown): void {
  const message = reportError(context, error);
  page.message.hidden = false;
  page.message.textContent = message;
}

for (const [action, button] of Object.entries(page.buttons) as [ToolbarAction, HTMLButtonElement][]) {
  button.addEventListener('click', () => {
    runAction(action).catch((e: unknown) => showFailure(action, e));
  });
}

page.canvas.addEventListener('click', (e) => {
  const node = (e.target as Element).closest('.node.focusable');
  if (node !== null) view.choose(node);
});

document.addEventListener('keydown', (e) => {
  const target = e.target as Element;
  if (target instanceof HTMLInputElement || target instanceof HTMLButtonElement) return;
  const node = target.closest('.node.focusable');
  if (node !== null && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    view.choose(node);
    return;
  }
  if (onShortcut(e)) e.preventDefault();
});

const PAN_KEYS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [40, 0],
  ArrowRight: [-40, 0],
  ArrowUp: [0, 40],
  ArrowDown: [0, -40],
};

function onShortcut(e: KeyboardEvent): boolean {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') view.search.focus();
  else if (e.ctrlKey || e.metaKey || e.altKey) return false;
  else if (e.key === '+' || e.key === '=') view.viewport.zoomIn();
  else if (e.key === '-' || e.key === '_') view.viewport.zoomOut();
  else if (e.key === '0') view.viewport.fit();
  else if (e.key === '/') view.search.focus();
  else if (e.key === 'Escape') hidePanel(page.panel);
  else if (e.key in PAN_KEYS) view.viewport.panBy(...PAN_KEYS[e.key]);
  else return false;
  return true;
}

post({ type: 'ready' });
