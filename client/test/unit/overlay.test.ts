// Overlays from other processes are checked before they reach the ExecutionBus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asOverlay } from '../../src/debug/overlay';

const GOOD = {
  definitionPath: '/ws/a.asl.json',
  source: 'run',
  status: 'SUCCEEDED',
  states: [{ name: 'A', status: 'succeeded', entered: 1, retries: 0 }],
  current: [],
  path: ['A'],
};

test('a well-formed overlay passes unchanged', () => {
  assert.equal(asOverlay(GOOD), GOOD);
});

test('anything else is refused', () => {
  for (const bad of [
    null,
    'x',
    [],
    { ...GOOD, definitionPath: 3 },
    { ...GOOD, source: 'cli' },
    { ...GOOD, status: 'DONE' },
    { ...GOOD, states: [{}] },
    { ...GOOD, current: [1] },
    { ...GOOD, path: undefined },
  ])
    assert.equal(asOverlay(bad), undefined, JSON.stringify(bad));
});
