/*
 * Entry of media/dist/graph.js: the graph preview webview script (browser runtime, DOM only).
 * Placeholder until the graph-preview issue; the extension does not open any webview yet.
 */
document.body.textContent = 'ASL Studio graph preview: not available yet.';
