// Shared fixtures for the expression conformance tests: a scope with a context object, workflow
// variables and a seeded random source.
import { seededRandom } from '../../../src/interpreter/random';
import type { EvalScope, Json } from '../../../src/interpreter/value';

export function makeScope(
  variables: Record<string, Json> = {},
  context: Json = defaultContext(),
  seed = 42,
): EvalScope {
  return {
    context,
    variable: (name) => (Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined),
    random: seededRandom(seed),
    now: () => Date.UTC(2026, 0, 31, 12, 0, 0),
  };
}

export function defaultContext(): Json {
  return {
    Execution: {
      Id: 'arn:aws:states:us-east-1:123456789012:execution:M:e1',
      Name: 'e1',
      StartTime: '2026-01-31T12:00:00.000Z',
      Input: {},
      RoleArn: 'arn:aws:iam::123456789012:role/R',
    },
    State: { Name: 'S', EnteredTime: '2026-01-31T12:00:00.000Z', RetryCount: 0 },
    StateMachine: { Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:M', Name: 'M' },
  };
}

/** Jayway's README document ("store"), used by the JSONPath tests. */
export const STORE: Json = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
      {
        category: 'fiction',
        author: 'J. R. R. Tolkien',
        title: 'The Lord of the Rings',
        isbn: '0-395-19395-8',
        price: 22.99,
      },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  expensive: 10,
};
