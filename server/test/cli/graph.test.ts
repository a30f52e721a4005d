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
  assert.equal(await runCli(['graph', '--format', 'png', 'examples/inline-map.asl.json'], fakeIo()), 2);
  const theme = fakeIo();
  assert.equal(await runCli(['graph', '--theme', 'dark', 'examples/inline-map.asl.json'], theme), 2);
  assert.match(theme.stderrText(), /--theme applies to --format svg only/);
  assert.equal(
    await runCli(['graph', '--format', 'svg', '--theme', 'blue', 'examples/inline-map.asl.json'], fakeIo()),
    2,
  );
});

test('svg output: every state drawn from the shared layout, light by default', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['graph', '--format', 'svg', 'examples/parallel-fanout.asl.json'], io), 0, io.stderrText());
  const svg = io.stdoutText();
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /\.asl-graph \.bg \{ fill: #ffffff; \}/);
  for (const name of ['FanOut', 'SendWelcomeEmail', 'StoreProfile', 'ComputeSegment', 'Done', 'OnboardingFailed'])
    assert.ok(svg.includes(`data-name="${name}"`), name);
  assert.equal((svg.match(/class="machine"/g) ?? []).length, 3);
  assert.match(svg, /class="edge k-catch"/);
});

test('-o writes the file (any format), --theme dark, and an unwritable path exits 2', async () => {
  const io = fakeIo();
  const args = ['graph', 'examples/order-processing.asl.json', '--format=svg', '--theme', 'dark', '-o', 'out.svg'];
  assert.equal(await runCli(args, io), 0, io.stderrText());
  assert.equal(io.stdoutText(), '');
  assert.match(io.written.get('out.svg') ?? '', /\.asl-graph \.bg \{ fill: #1e1e1e; \}/);
  const dot = fakeIo();
  assert.equal(await runCli(['graph', 'examples/inline-map.asl.json', '--format', 'dot', '--output', 'g.dot'], dot), 0);
  assert.match(dot.written.get('g.dot') ?? '', /^digraph StateMachine/);
  const bad = fakeIo();
  assert.equal(
    await runCli(['graph', 'examples/inline-map.asl.json', '-o', '/nonexistent/g.svg', '--format', 'svg'], bad),
    2,
  );
  assert.match(bad.stderrText(), /cannot write '\/nonexistent\/g\.svg': no such file/);
});

test('broken text: the partial graph is still drawn, the first syntax error is located, exit 1', async () => {
  const io = fakeIo({ 'broken.asl.json': '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true},}}' });
  assert.equal(await runCli(['graph', 'broken.asl.json', '--format', 'svg'], io), 1);
  assert.match(io.stderrText(), /^broken\.asl\.json:1:63: error json-syntax .*the graph may be incomplete/);
  assert.ok(io.stdoutText().includes('data-name="A"'));
  const none = fakeIo({ 'list.asl.json': '[1, 2]' });
  assert.equal(await runCli(['graph', 'list.asl.json', '--format', 'svg'], none), 1);
  assert.match(none.stderrText(), /holds no state machine object/);
});
