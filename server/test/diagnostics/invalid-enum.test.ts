import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine, only, spanOf, PASS_END } from './helper';

test('invalid-enum: unknown state Type with allowed values and a suggestion', () => {
  const d = expectOne(machine({ A: { Type: 'Passs', End: true } }), 'invalid-enum', '"Passs"');
  assert.ok((d.data?.allowed as string[]).includes('Pass'));
  assert.equal(d.data?.suggestion, 'Pass');
});

test('invalid-enum: ProcessorConfig Mode and JitterStrategy', () => {
  const text = machine({
    M: {
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'inline' }, StartAt: 'X', States: { X: PASS_END } },
      End: true,
      Retry: [{ ErrorEquals: ['E'], JitterStrategy: 'HALF' }],
    },
  });
  assert.deepEqual(
    only(text, 'invalid-enum').map((d) => spanOf(text, d)),
    ['"inline"', '"HALF"'],
  );
});

test('invalid-enum: valid values', () => {
  expectNone(machine({ A: { Type: 'Pass', QueryLanguage: 'JSONata', End: true } }), 'invalid-enum');
});

test('invalid-enum: YAML', () => {
  expectOne(
    'StartAt: A\nStates:\n  A:\n    Type: Wiat\n    Seconds: 1\n    End: true\n',
    'invalid-enum',
    'Wiat',
    'yaml',
  );
});
