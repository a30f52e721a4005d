import { test } from 'node:test';
import { check, expectNone, expectOne, machine, PASS_END } from './helper';

test('exclusive-fields: TimeoutSeconds with TimeoutSecondsPath, reported on the second key', () => {
  const text = machine({
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      TimeoutSeconds: 5,
      TimeoutSecondsPath: '$.t',
      End: true,
    },
  });
  expectOne(text, 'exclusive-fields', '"TimeoutSecondsPath"');
});

test('exclusive-fields: Map ItemProcessor with Iterator', () => {
  const processor = { StartAt: 'X', States: { X: PASS_END } };
  const text = machine({
    M: { Type: 'Map', ItemProcessor: processor, Iterator: { StartAt: 'Y', States: { Y: PASS_END } }, End: true },
  });
  expectOne(text, 'exclusive-fields', '"Iterator"');
});

test('exclusive-fields: one of each pair is fine', () => {
  check(
    machine({
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        TimeoutSecondsPath: '$.t',
        HeartbeatSeconds: 3,
        End: true,
      },
    }),
    [],
  );
  expectNone(machine({ A: PASS_END }), 'exclusive-fields');
});
