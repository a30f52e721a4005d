import { test } from 'node:test';
import { expectNone, expectOne } from './helper';

test('duplicate-key: second occurrence of a key is reported on the key', () => {
  const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Comment": "x", "Comment": "y", "End": true}}}';
  const d = expectOne(text, 'duplicate-key', '"Comment"');
  if (d.span.start !== text.lastIndexOf('"Comment"')) throw new Error('not the second key');
});

test('duplicate-key: duplicate state names are left to duplicate-state-name', () => {
  expectNone(
    '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, "A": {"Type": "Succeed"}}}',
    'duplicate-key',
  );
});

test('duplicate-key: YAML', () => {
  expectOne(
    'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n    End: true\n',
    'duplicate-key',
    'End',
    'yaml',
  );
});
