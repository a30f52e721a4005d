// Quotas: the 256 KiB payload limit (States.DataLimitExceeded, "Step Functions service quotas"
// page: 262,144 bytes of UTF-8) and the transition budget that keeps any input from hanging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { payloadSize, PAYLOAD_LIMIT_BYTES } from '../../../src/interpreter/limits';
import type { Json } from '../../../src/interpreter/value';
import { run, single, mocksFor } from './helpers';

test('payloadSize equals the UTF-8 length of JSON.stringify', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => payloadSize(v as Json) === Buffer.byteLength(JSON.stringify(v), 'utf8')),
    { numRuns: 300 },
  );
  const big = { s: 'é'.repeat(3000), a: Array.from({ length: 300 }, (_, i) => ({ i, t: '"\\\n\u0001😀' })) };
  assert.equal(payloadSize(big), Buffer.byteLength(JSON.stringify(big), 'utf8'));
  assert.equal(payloadSize(big), Buffer.byteLength(JSON.stringify(big), 'utf8'));
});

test('an output over 256 KiB is States.DataLimitExceeded, which States.ALL does not catch', async () => {
  const big = 'x'.repeat(PAYLOAD_LIMIT_BYTES);
  const r = await run(single({ Type: 'Pass', Result: big }));
  assert.deepEqual([r.status, r.error], ['FAILED', 'States.DataLimitExceeded']);
  const def = {
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }],
        End: true,
      },
      C: { Type: 'Succeed' },
    },
  };
  const task = await run(def, {}, { mocks: mocksFor({ T: { '0': { Return: big } } }) });
  assert.equal(task.error, 'States.DataLimitExceeded');
  const justUnder = await run(single({ Type: 'Pass', Result: 'x'.repeat(PAYLOAD_LIMIT_BYTES - 2) }));
  assert.equal(justUnder.status, 'SUCCEEDED');
});

test('the transition budget stops an endless loop', async () => {
  const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } } };
  const r = await run(def, {}, { maxTransitions: 1000 });
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /budget of 1000 state transitions/);
  assert.equal(r.execution.transitions, 1001);
});
