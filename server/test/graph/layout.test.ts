// server/src/graph: the elkjs input (containers, markers, edges, labels), the positioned layout on
// every example, the layout key and the SVG renderer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { graphOfFile, graphOfText } from '../webview/fixtures';
import { buildElkInput, elkId } from '../../src/graph/elkInput';
import { layoutGraph } from '../../src/graph/layout';
import { layoutKey } from '../../src/graph/layoutKey';
import { renderSvg } from '../../src/graph/svg';
import { LIGHT_PALETTE } from '../../src/graph/theme';
import type { Box } from '../../src/graph/model';

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.asl.json'))
  .map((f) => 'examples/' + f);

function find(node: ElkNode, id: string): ElkNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

test('elk input: a Parallel is a compound node holding one box per branch, each with its states', () => {
  const { root, nodes, edges } = buildElkInput(graphOfFile('examples/parallel-fanout.asl.json'));
  const fanOut = find(root, elkId.state('root/FanOut'));
  assert.deepEqual(
    fanOut?.children?.map((c) => c.id),
    ['M:FanOut/Branches[0]', 'M:FanOut/Branches[1]', 'M:FanOut/Branches[2]'],
  );
  const branch = find(root, 'M:FanOut/Branches[2]');
  assert.deepEqual(
    branch?.children?.map((c) => c.id),
    [
      'B:FanOut/Branches[2]',
      'S:FanOut/Branches[2]/ComputeSegment',
      'S:FanOut/Branches[2]/Enterprise',
      'S:FanOut/Branches[2]/SelfServe',
      'E:FanOut/Branches[2]',
    ],
  );
  const choice = branch?.edges?.find((e) => edges.get(e.id)?.kind === 'Choice');
  assert.deepEqual(
    choice?.labels?.map((l) => l.text),
    ['$.plan == "enterprise"'],
  );
  assert.ok(branch?.edges?.some((e) => edges.get(e.id)?.kind === 'Default'));
  assert.equal(nodes.get('S:root/FanOut')?.kind, 'state');
  assert.equal(nodes.get('M:FanOut/Branches[0]')?.kind, 'machine');
  const rootEdges = root.edges?.map((e) => [edges.get(e.id)?.kind, e.sources[0], e.targets[0]]);
  assert.deepEqual(rootEdges?.[0], ['Start', 'B:root', 'S:root/FanOut']);
  assert.ok(rootEdges?.some(([kind, from]) => kind === 'Catch' && from === 'S:root/FanOut'));
  assert.ok(rootEdges?.some(([kind, , to]) => kind === 'End' && to === 'E:root'));
});

test('elk input: Catch edges to a handler shared by 3+ states end at references beside each catcher', async () => {
  const task = (next: string) =>
    `{"Type":"Task","Resource":"x","Next":"${next}","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Oops"}]}`;
  const text = `{"StartAt":"A","States":{"A":${task('B')},"B":${task('C')},"C":${task('D')},"D":{"Type":"Pass","Next":"Oops"},"Oops":{"Type":"Fail"}}}`;
  const graph = graphOfText(text);
  const { root, nodes, edges } = buildElkInput(graph);
  const catches = root.edges?.filter((e) => edges.get(e.id)?.kind === 'Catch') ?? [];
  assert.equal(catches.length, 3);
  for (const edge of catches) {
    const ref = nodes.get(edge.targets[0]);
    assert.deepEqual(ref, { kind: 'handlerRef', ref: 'root/Oops', errors: 'States.ALL' });
    assert.equal(edge.labels, undefined, 'the errors are on the reference, not on a long edge label');
  }
  const order = root.children?.map((c) => c.id) ?? [];
  assert.equal(order[order.indexOf('S:root/A') + 1], catches[0].targets[0], 'a reference follows its catcher');
  assert.ok(
    root.edges?.some((e) => e.targets[0] === 'S:root/Oops'),
    'the Next edge to the handler is kept',
  );
  const svg = renderSvg(graph, await layoutGraph(graph), { interactive: true });
  assert.equal(svg.match(/class="node handler-ref focusable"[^>]*data-handler="root\/Oops"/g)?.length, 3);
  assert.match(svg, /<title>States\.ALL → Oops/);
});

test('elk input: Catch edges to a handler of only 2 states stay real edges', () => {
  const task = (next: string) =>
    `{"Type":"Task","Resource":"x","Next":"${next}","Catch":[{"ErrorEquals":["E"],"Next":"Oops"}]}`;
  const text = `{"StartAt":"A","States":{"A":${task('B')},"B":${task('C')},"C":{"Type":"Succeed"},"Oops":{"Type":"Fail"}}}`;
  const { root, nodes } = buildElkInput(graphOfText(text));
  assert.ok(![...nodes.values()].some((n) => n.kind === 'handlerRef'));
  assert.equal(root.edges?.filter((e) => e.targets[0] === 'S:root/Oops').length, 2);
});

test('elk input: missing targets get one placeholder, duplicated names are drawn once, long labels are cut', () => {
  const text =
    '{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.a_very_long_variable_name.with.parts","StringEquals":"and a long value","Next":"Gone"}],"Default":"Gone"},"A":{"Type":"Pass","End":true}}}';
  const { root, nodes, edges } = buildElkInput(graphOfText(text));
  assert.deepEqual(
    root.children?.map((c) => c.id),
    ['B:root', 'S:root/A', 'X:root\u0000Gone'], // the second A (End: true) is not drawn: no end marker
  );
  assert.equal(nodes.get('X:root\u0000Gone')?.kind, 'missing');
  const label = root.edges?.find((e) => edges.get(e.id)?.kind === 'Choice')?.labels?.[0];
  assert.ok(label?.text?.endsWith('…') && label.text.length <= 32, label?.text);
  assert.match(
    edges.get(root.edges?.[1].id ?? '')?.label ?? '',
    /a_very_long_variable_name\.with\.parts == "and a long value"/,
  );
});

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

for (const file of EXAMPLES) {
  test(`layout of ${file}: every state placed, nested boxes inside their containers, edges routed`, async () => {
    const graph = graphOfFile(file);
    const layout = await layoutGraph(graph);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const state of graph.states) assert.ok(byId.has(elkId.state(state.id)), state.id);
    for (const machine of graph.machines.filter((m) => m.parentState !== undefined)) {
      const box = byId.get(elkId.machine(machine.id));
      const owner = byId.get(elkId.state(machine.parentState ?? ''));
      assert.ok(box !== undefined && owner !== undefined && inside(box, owner), machine.id);
      for (const s of graph.states.filter((s) => s.machine === machine.id))
        assert.ok(inside(byId.get(elkId.state(s.id)) as Box, box), s.id);
    }
    for (const node of layout.nodes)
      assert.ok(inside(node, { x: 0, y: 0, width: layout.width, height: layout.height }));
    for (const edge of layout.edges) assert.ok(edge.points.length >= 2, edge.id);
    const labelled = graph.edges.filter((e) => e.label !== undefined).length;
    assert.equal(layout.edges.filter((e) => e.label !== undefined).length, labelled);
  });
}

test('layout key: ignores ranges, severities and comments; follows names, types and edges', () => {
  const base = '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}';
  const key = layoutKey(graphOfText(base));
  assert.equal(layoutKey(graphOfText('\n\n' + base.replace('"Pass"', '"Pass","Comment":"x"'))), key);
  assert.equal(layoutKey(graphOfText(base.replace('"Next":"B"', '"Next":"B","Bogus":1'))), key);
  assert.notEqual(layoutKey(graphOfText(base.replace('"Pass"', '"Wait"'))), key);
  assert.notEqual(layoutKey(graphOfText(base.replace(/"B"/g, '"C"'))), key);
});

test('SVG: shapes per type, full names in <title>, dashed Catch edges, escaped text, embedded palette', async () => {
  const long = 'A state name far longer than any box & <friends>';
  const text = JSON.stringify({
    StartAt: long,
    States: {
      [long]: { Type: 'Task', Resource: 'x', Next: 'C', Catch: [{ ErrorEquals: ['E1', 'E2'], Next: 'F' }] },
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsNull: true, Next: 'F' }], Default: 'F' },
      F: { Type: 'Fail' },
    },
  });
  const graph = graphOfText(text);
  const svg = renderSvg(graph, await layoutGraph(graph), { palette: LIGHT_PALETTE });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<style>[^<]*\.asl-graph \.edge\.k-catch \{ stroke-dasharray/);
  assert.match(svg, /<title>A state name far longer than any box &#38; &#60;friends&#62; \(Task\)<\/title>/);
  assert.match(svg, />A state name far longer tha…</);
  assert.match(svg, /class="node state t-choice"[^>]*><title>C \(Choice\)<\/title><polygon class="shape"/);
  assert.match(svg, /class="node state t-fail"[\s\S]*?<rect class="shape" width="\d+" height="48" rx="24"/);
  assert.match(svg, /class="edge k-catch"/);
  assert.match(svg, /<title>E1, E2<\/title>/);
  assert.match(svg, /class="edge-label k-default"/);
  assert.ok(!svg.includes('tabindex'), 'not interactive unless asked');
  assert.equal((svg.match(/<g class="marker start"/g) ?? []).length, 1);
});

/** A Parallel (a nested Map in one branch) after `before` extra top-level states, each with a Catch. */
function cachedCompoundMachine(before: number): string {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < before; i++) {
    states[`Pre${i}`] = { Type: 'Pass', Next: i + 1 < before ? `Pre${i + 1}` : 'CacheFan' };
  }
  const task = (next: string) => ({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: next });
  const inner = { StartAt: 'CacheItem', States: { CacheItem: { Type: 'Pass', End: true } } };
  states.CacheFan = {
    Type: 'Parallel',
    Branches: [
      {
        StartAt: 'CacheA',
        States: {
          CacheA: { ...task('CacheA2'), Catch: [{ ErrorEquals: ['X'], Next: 'CacheA2' }] },
          CacheA2: { Type: 'Succeed' },
        },
      },
      { StartAt: 'CacheMap', States: { CacheMap: { Type: 'Map', ItemProcessor: inner, End: true } } },
    ],
    End: true,
  };
  return JSON.stringify({ StartAt: before > 0 ? 'Pre0' : 'CacheFan', States: states });
}

test('layout: a compound laid out from the cache (edge ids shifted by an edit above it) is placed as a fresh one', async () => {
  const fresh = await layoutGraph(graphOfText(cachedCompoundMachine(0)));
  const shifted = await layoutGraph(graphOfText(cachedCompoundMachine(3))); // the Parallel's inside from the cache
  assert.deepEqual(await layoutGraph(graphOfText(cachedCompoundMachine(0))), fresh);
  const inside = (layout: typeof fresh) => {
    const fan = layout.nodes.find((n) => n.id === elkId.state('root/CacheFan'));
    assert.ok(fan?.compound);
    const rel = (p: { x: number; y: number }) => ({ x: p.x - fan.x, y: p.y - fan.y });
    const nodes = layout.nodes.filter((n) => n.id.includes('Cache') && n.id !== fan.id);
    const edges = layout.edges.filter((e) => e.source.includes('Cache') && e.source !== fan.id);
    return {
      nodes: nodes.map((n) => ({ id: n.id, compound: n.compound, ...rel(n), w: n.width, h: n.height })),
      edges: edges.map((e) => ({
        kind: e.kind,
        from: e.source,
        to: e.target,
        label: e.label?.full,
        at: e.points.map(rel),
      })),
    };
  };
  const expected = inside(fresh);
  assert.ok(expected.nodes.some((n) => n.id === elkId.state('CacheFan/Branches[1]/CacheMap') && n.compound));
  assert.ok(expected.edges.some((e) => e.kind === 'Catch' && e.label === 'X'));
  assert.deepEqual(inside(shifted), expected);
});
