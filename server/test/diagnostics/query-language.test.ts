import { test } from 'node:test';
import { expectNone, expectOne, jsonataMachine, machine } from './helper';

test('query-language: a JSONata machine cannot have a JSONPath state', () => {
  expectOne(
    jsonataMachine({ A: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } }),
    'query-language',
    '"JSONPath"',
  );
});

test('query-language: a JSONPath machine may have JSONata states', () => {
  expectNone(
    machine({
      A: { Type: 'Pass', QueryLanguage: 'JSONata', Next: 'B' },
      B: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true },
    }),
    'query-language',
  );
});
