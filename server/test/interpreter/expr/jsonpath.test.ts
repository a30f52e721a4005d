// JSONPath evaluation with Jayway semantics (AWS: "Paths in Step Functions" says paths follow
// Jayway JsonPath). Expected values for the store document are those of the Jayway README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Failure } from '../../../src/interpreter/failure';
import { evaluatePath, evaluatePathOrUndefined } from '../../../src/interpreter/jsonpath';
import type { Json } from '../../../src/interpreter/value';
import { STORE, makeScope } from './support';

const scope = makeScope({ total: 7, order: { id: 'o-1', lines: [1, 2] } });
const books = (STORE as { store: { book: Json[] } }).store.book;
const eval$ = (path: string, data: Json = STORE) => evaluatePath(path, data, scope);

// AWS: "Paths in Step Functions" — reference path examples
test('reference paths from the AWS page', () => {
  const data = { foo: 123, bar: ['a', 'b', 'c'], car: { cdr: true } };
  assert.equal(eval$('$.foo', data), 123);
  assert.deepEqual(eval$('$.bar', data), ['a', 'b', 'c']);
  assert.equal(eval$('$.car.cdr', data), true);
});

const jayway: [string, Json][] = [
  ['$.store.book[*].author', ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']],
  ['$..author', ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']],
  ['$.store..price', [8.95, 12.99, 8.99, 22.99, 19.95]],
  ['$..book[2]', [books[2]]],
  ['$..book[-2]', [books[2]]],
  ['$..book[0,1]', [books[0], books[1]]],
  ['$..book[:2]', [books[0], books[1]]],
  ['$..book[1:2]', [books[1]]],
  ['$..book[-2:]', [books[2], books[3]]],
  ['$..book[2:]', [books[2], books[3]]],
  ['$..book[?(@.isbn)]', [books[2], books[3]]],
  ['$.store.book[?(@.price < 10)]', [books[0], books[2]]],
  ["$..book[?(@.price <= $['expensive'])]", [books[0], books[2]]],
  ['$..book[?(@.author =~ /.*REES/i)]', [books[0]]],
  ['$.store.book.length()', 4],
  ['$.store.book[*].price.sum()', 8.95 + 12.99 + 8.99 + 22.99],
  ['$.store.book[*].price.max()', 22.99],
  ["$.store.book[?(@.category == 'fiction' && @.price > 10)].title", ['Sword of Honour', 'The Lord of the Rings']],
  ["$.store.book[?(@.category != 'fiction')].title", ['Sayings of the Century']],
  ["$.store.book[?(@.category in ['reference'])].price", [8.95]],
  ['$.store.book[?(!@.isbn)].title', ['Sayings of the Century', 'Sword of Honour']],
  ['$.store.bicycle', { color: 'red', price: 19.95 }],
  ["$.store.bicycle['color','price']", { color: 'red', price: 19.95 }],
];

for (const [path, expected] of jayway) {
  test(`Jayway: ${path}`, () => assert.deepEqual(eval$(path), expected));
}

test('wildcard over an object gives its values', () => {
  assert.deepEqual(eval$('$.store.*'), [books, { color: 'red', price: 19.95 }]);
});

test('a definite path that matches nothing is States.Runtime with Jayway wording', () => {
  const r = eval$('$.store.missing');
  assert.ok(r instanceof Failure);
  assert.equal(r.error, 'States.Runtime');
  assert.equal(r.cause, "Invalid path '$.store.missing' : No results for path: $['store']['missing']");
  assert.ok(eval$('$.store.book[9]') instanceof Failure);
  assert.ok(eval$('$.store.bicycle.color.x') instanceof Failure);
});

test('an indefinite path that matches nothing is an empty array', () => {
  assert.deepEqual(eval$('$.store.book[*].publisher'), []);
  assert.deepEqual(eval$('$.nothing[*]'), []);
});

test('null is a value, not a missing node', () => {
  assert.equal(eval$('$.a', { a: null }), null);
  assert.equal(evaluatePathOrUndefined('$.a', { a: null }, scope), null);
  assert.equal(evaluatePathOrUndefined('$.b', { a: null }, scope), undefined);
});

test('prototype properties are not JSON properties', () => {
  assert.ok(eval$('$.constructor', {}) instanceof Failure);
  assert.ok(eval$('$.a.length', { a: [1] }) instanceof Failure);
});

test('$$ reads the context object and $name a workflow variable', () => {
  assert.equal(eval$('$$.State.Name'), 'S');
  assert.equal(eval$('$$.Execution.Name'), 'e1');
  assert.equal(eval$('$total'), 7);
  assert.equal(eval$('$order.lines[1]'), 2);
  assert.ok(eval$('$unknown') instanceof Failure);
});

test('values are shared, never copied', () => {
  const data = { a: { b: { c: [1, 2] } } };
  assert.equal(eval$('$.a.b', data), data.a.b);
  assert.equal(eval$('$', data), data);
});

test('an unparsable path is a Failure, not an exception', () => {
  const r = eval$('$.a[');
  assert.ok(r instanceof Failure);
  assert.match(r.cause, /Invalid JSONPath/);
});
