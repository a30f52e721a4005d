// asl/previewGraph's model: states, machines, labelled edges, Retry, reachability, severities, partial
// models of broken text, and the hash / unchanged answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { graphOfFile, graphOfText } from '../webview/fixtures';
import { previewGraphResult } from '../../src/service/preview/previewResult';
import { choiceRuleLabel } from '../../src/service/preview/choiceLabel';
import { parseAsl } from '../../src/asl/parse';
import { getPropertyValue } from '../../src/asl/nodes';

test('order-processing: states, Choice / Default / Catch labels, Retry and ranges', () => {
  const graph = graphOfFile('examples/order-processing.asl.json');
  assert.equal(graph.syntaxErrors, 0);
  assert.deepEqual(
    graph.machines.map((m) => [m.id, m.label, m.startAt]),
    [['root', 'State machine', 'root/ValidateOrder']],
  );
  assert.equal(graph.states.length, 8);
  const choice = graph.edges.filter((e) => e.from === 'root/IsOrderValid');
  assert.deepEqual(
    choice.map((e) => [e.kind, e.to, e.label]),
    [
      ['Choice', 'root/ChargePayment', '$.validation.valid == true && $.validation.total > 0'],
      ['Default', 'root/RejectOrder', 'Default'],
    ],
  );
  const catches = graph.edges.filter((e) => e.kind === 'Catch');
  assert.deepEqual(
    catches.map((e) => e.label),
    ['States.ALL', 'PaymentDeclined', 'States.ALL'],
  );
  const validate = graph.states.find((s) => s.id === 'root/ValidateOrder');
  assert.ok(validate?.retry !== undefined && validate.retry.length > 0, 'Retry shown on ValidateOrder');
  assert.ok(graph.states.every((s) => s.reachable && s.severity === undefined));
  const at = graph.states.findIndex((s) => s.id === 'root/ValidateOrder') * 8;
  assert.equal(graph.ranges.length, graph.states.length * 8);
  const [nameLine, nameCharacter, nameEndLine, nameEndCharacter, line, character, endLine] = graph.ranges.slice(at);
  assert.deepEqual([nameLine, nameCharacter, nameEndLine, nameEndCharacter], [4, 4, 4, 4 + '"ValidateOrder"'.length]);
  assert.deepEqual([line, character], [4, 4], 'the whole state starts at its name');
  assert.ok(endLine > line, 'and ends lines below');
  assert.ok(graph.states.filter((s) => s.isEnd).length >= 3);
});

test('parallel-fanout: branches are machines owned by the Parallel state', () => {
  const graph = graphOfFile('examples/parallel-fanout.asl.json');
  assert.deepEqual(
    graph.machines.map((m) => [m.id, m.parentState, m.label]),
    [
      ['root', undefined, 'State machine'],
      ['FanOut/Branches[0]', 'root/FanOut', 'Branch 1'],
      ['FanOut/Branches[1]', 'root/FanOut', 'Branch 2'],
      ['FanOut/Branches[2]', 'root/FanOut', 'Branch 3'],
    ],
  );
  assert.equal(graph.states.find((s) => s.name === 'Enterprise')?.machine, 'FanOut/Branches[2]');
});

test('inline map: the ItemProcessor is a machine labelled Item processor', () => {
  const graph = graphOfFile('examples/inline-map.asl.json');
  const processor = graph.machines.find((m) => m.parentState !== undefined);
  assert.equal(processor?.label, 'Item processor');
  assert.ok(graph.states.some((s) => s.machine === processor?.id));
});

test('unreachable states, diagnostics by severity on the innermost state, missing targets', () => {
  const text = JSON.stringify({
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'Nowhere' },
      Orphan: { Type: 'Pass', End: true },
      P: {
        Type: 'Parallel',
        End: true,
        Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Task', Resource: 'x', Bogus: 1, End: true } } }],
      },
    },
  });
  const graph = graphOfText(text);
  const byName = new Map(graph.states.map((s) => [s.name, s]));
  assert.equal(byName.get('Orphan')?.reachable, false);
  assert.equal(byName.get('A')?.reachable, true);
  assert.equal(byName.get('A')?.severity, 'error', 'undefined-state on A');
  assert.equal(byName.get('Inner')?.severity, 'error', 'unknown field inside the branch');
  assert.equal(byName.get('P')?.severity, 'error', 'P itself is unreachable (an error)');
  const dangling = graph.edges.find((e) => e.from === 'root/A');
  assert.equal(dangling?.to, undefined);
  assert.equal(dangling?.target, 'Nowhere');
});

test('broken text gives a partial graph and a syntax error count', () => {
  const graph = graphOfText(
    '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"},',
  );
  assert.ok(graph.syntaxErrors > 0);
  assert.deepEqual(
    graph.states.map((s) => s.name),
    ['A', 'B'],
  );
  assert.equal(graphOfText('').states.length, 0);
  assert.equal(graphOfText('[1, 2').machines.length, 0);
});

test('YAML and JSON of the same machine give the same graph apart from ranges', () => {
  const json = graphOfText(
    '{"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 1, "Next": "B"}, "B": {"Type": "Succeed"}}}',
  );
  const yaml = graphOfText(
    'StartAt: A\nStates:\n  A:\n    Type: Wait\n    Seconds: 1\n    Next: B\n  B:\n    Type: Succeed\n',
    'yaml',
  );
  assert.deepEqual(yaml.states, json.states);
  assert.notDeepEqual(yaml.ranges, json.ranges);
  assert.deepEqual(yaml.edges, json.edges);
});

test('the answer is { unchanged } exactly when the caller holds the same graph', () => {
  const graph = graphOfFile('examples/order-processing.asl.json');
  const first = previewGraphResult(graph, 1);
  assert.equal(first.unchanged, false);
  assert.deepEqual(previewGraphResult(graph, 2, first.hash), { unchanged: true, hash: first.hash });
  const edited = graphOfText(readFileSync('examples/order-processing.asl.json', 'utf8').replace('ShipOrder', 'Ship'));
  const second = previewGraphResult(edited, 3, first.hash);
  assert.equal(second.unchanged, false);
  assert.notEqual(second.hash, first.hash);
});

test('Choice rule labels: comparisons, paths, type tests, combinators, JSONata', () => {
  const label = (rule: unknown) => {
    const doc = parseAsl(JSON.stringify({ r: rule }), 'json');
    return choiceRuleLabel(getPropertyValue(doc.root, 'r'));
  };
  assert.equal(label({ Variable: '$.n', NumericGreaterThanEquals: 3 }), '$.n >= 3');
  assert.equal(label({ Variable: '$.s', StringEquals: 'ok' }), '$.s == "ok"');
  assert.equal(label({ Variable: '$.a', NumericLessThanPath: '$.b' }), '$.a < $.b');
  assert.equal(label({ Variable: '$.f', IsPresent: false }), '!present($.f)');
  assert.equal(label({ Variable: '$.f', StringMatches: 'log-*' }), '$.f like "log-*"');
  assert.equal(
    label({
      Not: {
        Or: [
          { Variable: '$.x', BooleanEquals: true },
          { Variable: '$.y', IsNull: true },
        ],
      },
    }),
    '!($.x == true || null($.y))',
  );
  assert.equal(label({ Condition: '{% $states.input.n > 2 %}' }), '$states.input.n > 2');
  assert.equal(label({ Next: 'X' }), undefined);
});
