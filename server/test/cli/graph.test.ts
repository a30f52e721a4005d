// `asl graph`: Mermaid, DOT and JSON renderings of the state graph, nested machines included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/main';
import { fakeIo } from './fakeIo';

test('mermaid output has every state, edge labels and a subgraph per branch', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['graph', 'examples/parallel-fanout.asl.json'], io), 0, io.stderrText());
  const text = io.stdoutText();
  assert.match(text, /^flowchart TD/);
  for (const name of [
    'FanOut',
    'SendWelcomeEmail',
    'StoreProfile',
    'ComputeSegment',
    'Enterprise',
    'SelfServe',
    'Done',
    'OnboardingFailed',
  ]) {
    assert.ok(text.includes(`["${name}<br/>`), name);
  }
  assert.equal((text.match(/subgraph /g) ?? []).length, 3);
  assert.match(text, /-->\|catch\|/);
  assert.match(text, /-->\|rule 1\|/);
  assert.match(text, /-->\|default\|/);
});

test('dot output is a digraph with clusters', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['graph', '--format', 'dot', 'examples/inline-map.asl.json'], io), 0);
  const text = io.stdoutText();
  assert.match(text, /^digraph StateMachine \{/);
  assert.match(text, /subgraph cluster_/);
  assert.match(text, /label="PriceLines\\nMap"/);
});

test('json output lists machines, states and edges', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['graph', '--format=json', 'examples/order-processing.asl.json'], io), 0);
  const graph = JSON.parse(io.stdoutText());
  assert.equal(graph.machines.length, 1);
  assert.equal(graph.states.length, 8);
  const catches = graph.edges.filter((e: { kind: string }) => e.kind === 'Catch');
  assert.equal(catches.length, 3);
});

test('missing file and bad usage exit 2', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['graph', 'nope.asl.json'], io), 2);
  assert.match(io.stderrText(), /no such file/);
  assert.equal(await runCli(['graph'], fakeIo()), 2);
  assert.equal(await runCli(['graph', '--format', 'svg', 'x'], fakeIo()), 2);
});
