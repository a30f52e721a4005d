/*
 * The webview's static page structure (toolbar, stale banner, canvas, side panel), built with DOM
 * calls: the host page holds only the script tag. Returns the elements the other modules use.
 */

export interface Page {
  readonly canvas: HTMLElement;
  readonly banner: HTMLElement;
  readonly message: HTMLElement;
  readonly panel: HTMLElement;
  readonly search: HTMLInputElement;
  readonly searchCount: HTMLElement;
  readonly buttons: Readonly<Record<ToolbarAction, HTMLButtonElement>>;
}

export type ToolbarAction = 'fit' | 'zoomIn' | 'zoomOut' | 'exportSvg' | 'exportPng';

const BUTTONS: readonly [ToolbarAction, string, string][] = [
  ['zoomOut', '−', 'Zoom out (-)'],
  ['zoomIn', '+', 'Zoom in (+)'],
  ['fit', 'Fit', 'Fit to window (0)'],
  ['exportSvg', 'SVG', 'Export as SVG'],
  ['exportPng', 'PNG', 'Export as PNG'],
];

export function buildPage(): Page {
  const app = el('div', { id: 'app' });
  const toolbar = el('div', { id: 'toolbar', role: 'toolbar', 'aria-label': 'Graph tools' });
  const search = el('input', {
    id: 'search',
    type: 'search',
    placeholder: 'Find state (/)',
    'aria-label': 'Find state',
  });
  const searchCount = el('span', { id: 'search-count', 'aria-live': 'polite' });
  const buttons = {} as Record<ToolbarAction, HTMLButtonElement>;
  toolbar.append(search, searchCount, el('span', { class: 'spacer' }));
  for (const [action, text, title] of BUTTONS) {
    const button = el('button', { type: 'button', title, 'aria-label': title, 'data-action': action });
    button.textContent = text;
    buttons[action] = button;
    toolbar.append(button);
  }
  const banner = el('div', { id: 'banner', role: 'status', hidden: '' });
  const main = el('div', { id: 'main' });
  const canvas = el('div', { id: 'canvas', tabindex: '-1' });
  const message = el('div', { id: 'message' });
  const panel = el('aside', { id: 'panel', hidden: '', 'aria-label': 'State input and output' });
  canvas.append(message);
  main.append(canvas, panel);
  app.append(toolbar, banner, main);
  document.body.replaceChildren(app);
  return { canvas, banner, message, panel, search: search as HTMLInputElement, searchCount, buttons };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
