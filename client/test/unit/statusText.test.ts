// The language status texts: each server state has its own text and severity; a document summary
// reads `JSONata · 3 states`, with the other language's states and syntax errors in the detail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentStatusText, serverStatusText } from '../../src/status/statusText';

test('each server state has a distinct text; crashed is an error, stopped a warning, starting busy', () => {
  const states = ['starting', 'running', 'stopped', 'crashed'] as const;
  assert.equal(new Set(states.map((s) => serverStatusText(s).text)).size, states.length);
  assert.equal(serverStatusText('crashed').severity, 'error');
  assert.equal(serverStatusText('stopped').severity, 'warning');
  assert.equal(serverStatusText('starting').busy, true);
  assert.equal(serverStatusText('running').severity, 'information');
});

test('a summary shows its query language and state count; the detail names the exceptions', () => {
  const plain = documentStatusText({
    stateCount: 1,
    queryLanguage: 'JSONPath',
    otherLanguageStates: 0,
    syntaxErrors: 0,
  });
  assert.equal(plain.text, 'JSONPath · 1 state');
  assert.equal(plain.severity, 'information');
  const mixed = documentStatusText({
    stateCount: 3,
    queryLanguage: 'JSONata',
    otherLanguageStates: 2,
    syntaxErrors: 1,
  });
  assert.equal(mixed.text, 'JSONata · 3 states');
  assert.match(mixed.detail, /2 states in JSONPath/);
  assert.match(mixed.detail, /1 syntax error\b/);
  assert.equal(mixed.severity, 'warning');
});

test('no summary yet (server starting, or an unknown document) is busy, not a wrong count', () => {
  for (const missing of [undefined, null]) {
    const status = documentStatusText(missing);
    assert.equal(status.busy, true);
    assert.doesNotMatch(status.text, /\d/);
  }
});
