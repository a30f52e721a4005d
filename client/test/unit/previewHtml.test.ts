/*
 * The graph preview's HTML builder (client/src/preview/html.ts): the Content Security Policy of
 * ARCHITECTURE.md's webview hygiene, the nonce'd script from media/dist, escaping, no inline code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPreviewHtml, escapeHtml, previewCsp } from '../../src/preview/html';

const OPTIONS = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/dist/graph.js',
  nonce: '0123456789abcdef0123456789abcdef',
  title: 'Graph: order.asl.json',
};

function cspOf(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'a CSP meta tag');
  const directives = match[1].split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.map(([name, ...values]) => [name, values]));
}

test('the CSP allows nothing by default (no workers), only the nonce for scripts and the webview source for styles', () => {
  const csp = cspOf(buildPreviewHtml(OPTIONS));
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('script-src'), [`'nonce-${OPTIONS.nonce}'`]);
  assert.deepEqual(csp.get('style-src'), [OPTIONS.cspSource]);
  assert.deepEqual(csp.get('img-src'), [OPTIONS.cspSource, 'data:', 'blob:']);
  assert.deepEqual(csp.get('font-src'), [OPTIONS.cspSource]);
  assert.deepEqual([...csp.keys()].sort(), ['default-src', 'font-src', 'img-src', 'script-src', 'style-src']);
  for (const values of csp.values())
    assert.ok(!values.includes("'unsafe-inline'") && !values.includes("'unsafe-eval'"));
});

test('the CSP meta tag comes before the script', () => {
  const html = buildPreviewHtml(OPTIONS);
  const meta = html.indexOf('Content-Security-Policy');
  assert.ok(meta > 0 && meta < html.indexOf('<script'));
});

test('exactly one script: the given URI with the nonce; no inline script or style', () => {
  const html = buildPreviewHtml(OPTIONS);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0][1], ` nonce="${OPTIONS.nonce}" src="${OPTIONS.scriptUri}"`);
  assert.equal(scripts[0][2], '', 'no inline code');
  assert.ok(!/<style\b|\sstyle=|\son\w+=/i.test(html), 'no inline style or event handler attributes');
  assert.ok(!/<link\b|<iframe\b|<object\b|<embed\b/i.test(html), 'nothing else is loaded');
});

test('the nonce is fresh per call site and must look random; a weak or odd nonce is refused', () => {
  assert.throws(() => buildPreviewHtml({ ...OPTIONS, nonce: 'abc' }), /nonce/);
  assert.throws(() => buildPreviewHtml({ ...OPTIONS, nonce: `${OPTIONS.nonce}' 'unsafe-inline` }), /nonce/);
  assert.equal(previewCsp('x', 'N0nce0000000000000').split('; ')[1], "script-src 'nonce-N0nce0000000000000'");
});

test('the title and URIs are escaped, so no data can break out of the markup', () => {
  const html = buildPreviewHtml({
    ...OPTIONS,
    title: '</title><script>alert(1)</script>',
    scriptUri: 'https://x/graph.js"><script>alert(2)</script>',
  });
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.ok(html.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.equal(escapeHtml(`a&b<c>"d'`), `a&amp;b&lt;c&gt;&quot;d'`);
});
