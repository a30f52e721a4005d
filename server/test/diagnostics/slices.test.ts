// computeDiagnostics runs the 'states' rules slice by slice: the findings must not depend on the
// slice size (nested machines with their owner, document rules reading the slices' sites).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl } from '../../src/asl';
import { computeDiagnostics, RULES } from '../../src/service/diagnostics';

/** A machine with findings of many rules, spread over top-level, branch and processor states. */
function brokenMachine(): string {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < 30; i++) {
    const next = i < 29 ? { Next: `S${i + 1}` } : { End: true };
    switch (i % 6) {
      case 0:
        states[`S${i}`] = {
          Type: 'Pass',
          InputPath: '$.a[',
          Parameters: { 'x.$': 'nope', 'y.$': 'States.Format(1)' },
          ...next,
        };
        break;
      case 1:
        states[`S${i}`] = {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          TimeoutSeconds: 5,
          HeartbeatSeconds: 9,
          Retry: [{ ErrorEquals: ['States.ALL', 'X'], BackoffRate: 0.5 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Nowhere' }],
          ...next,
        };
        break;
      case 2:
        states[`S${i}`] = { Type: 'Wait', Seconds: 1, Timestamp: 'x', Bogus: 1, ...next };
        break;
      case 3:
        states[`S${i}`] = {
          Type: 'Parallel',
          Branches: [
            { StartAt: `B${i}`, States: { [`B${i}`]: { Type: 'Pass', ResultPath: '$.x[*]', Next: `S${i}` } } },
          ],
          ...next,
        };
        break;
      case 4:
        states[`S${i}`] = {
          Type: 'Map',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'inline' },
            StartAt: `M${i}`,
            States: {
              [`M${i}`]: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $undefinedVar + %}', End: true },
            },
          },
          ...next,
        };
        break;
      default:
        states[`S${i}`] = {
          Type: 'Choice',
          Choices: [{ Variable: '$.a', StringEquals: 1, Next: `S${i + 1}` }],
          Default: 'Missing',
        };
    }
  }
  states.Orphan = { Type: 'Succeed' };
  return JSON.stringify({ StartAt: 'S0', States: states }, null, 2);
}

test('findings do not depend on the slice size', () => {
  const doc = parseAsl(brokenMachine(), 'json');
  const whole = computeDiagnostics(doc, { sliceSize: 1_000_000, throwOnRuleError: true });
  assert.ok(whole.length >= 60, `only ${whole.length} findings`);
  const codes = new Set(whole.map((d) => d.code));
  assert.ok(codes.size >= 14, `findings of only ${[...codes].join(', ')}`);
  for (const size of [1, 2, 5, 17, 256]) {
    assert.deepEqual(computeDiagnostics(doc, { sliceSize: size, throwOnRuleError: true }), whole, `slice size ${size}`);
  }
});

test('every rule declares whether it runs per slice (states, graph) or on the whole document', () => {
  const scopes = ['states', 'graph', 'document'];
  for (const rule of RULES) assert.ok(scopes.includes(rule.scope), rule.codes.join());
});
