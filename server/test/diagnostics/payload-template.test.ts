import { test } from 'node:test';
import { check, expectOne, machine } from './helper';

const pass = (params: Record<string, unknown>) => machine({ A: { Type: 'Pass', Parameters: params, End: true } });

test('payload-template: both "x" and "x.$"', () => {
  expectOne(pass({ x: 1, 'x.$': '$.x' }), 'payload-template', '"x.$"');
});

test('payload-template: a .$ value that is not a string, or not a path', () => {
  expectOne(pass({ 'x.$': 3 }), 'payload-template', '3');
  expectOne(pass({ 'x.$': 'hello' }), 'payload-template', '"hello"');
});

test('payload-template: nested templates, ResultSelector, Assign, Credentials', () => {
  const text = machine({
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { a: { 'b.$': '$.b', c: [1, { 'd.$': '$$.State.Name' }] } },
      ResultSelector: { 'p.$': '$.Payload' },
      Assign: { 'v.$': '$.Payload' },
      Credentials: { 'RoleArn.$': '$.role' },
      End: true,
    },
  });
  check(text, []);
});
