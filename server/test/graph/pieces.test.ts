// server/src/graph/pieces.ts: a large machine's top level laid out in cached pieces, stacked; the
// drawing stays a valid layout (no overlaps, edges joined and orthogonal) and an edit moves only what
// follows it, by one shift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphOfText } from '../webview/fixtures';
import { generateDefinition } from '../../../scripts/bench/lspGenerate';
import { SIMPLE_PLACEMENT_FROM, layoutGraph } from '../../src/graph/layout';
import type { Box, GraphLayout, PlacedNode, Point } from '../../src/graph/model';

const { text } = generateDefinition(150);

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function onBorder(p: Point, box: Box): boolean {
  const within = (v: number, lo: number, hi: number) => v >= lo - 0.5 && v <= hi + 0.5;
  return within(p.x, box.x, box.x + box.width) && within(p.y, box.y, box.y + box.height);
}

/** Nodes of the top level: not inside a compound state. */
function topLevel(layout: GraphLayout): PlacedNode[] {
  const compounds = layout.nodes.filter((n) => n.compound);
  return layout.nodes.filter((n) => !compounds.some((c) => c !== n && overlap(n, c)));
}

test('pieces: a 150-state machine is one valid drawing: no overlaps, every edge joined and orthogonal', async () => {
  const graph = graphOfText(text);
  assert.ok(graph.states.length >= SIMPLE_PLACEMENT_FROM);
  const layout = await layoutGraph(graph);
  const nodes = topLevel(layout);
  assert.ok(nodes.length > 150);
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) assert.ok(!overlap(nodes[i], nodes[j]), `${nodes[i].id} ${nodes[j].id}`);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const edge of layout.edges) {
    const [first, last] = [edge.points[0], edge.points[edge.points.length - 1]];
    assert.ok(onBorder(first, byId.get(edge.source) as Box), `${edge.id} leaves ${edge.source}`);
    assert.ok(onBorder(last, byId.get(edge.target) as Box), `${edge.id} reaches ${edge.target}`);
    for (let i = 1; i < edge.points.length; i++) {
      const [a, b] = [edge.points[i - 1], edge.points[i]];
      assert.ok(Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5, `${edge.id} segment ${i} is orthogonal`);
    }
  }
  for (const node of layout.nodes) {
    assert.ok(node.x >= 0 && node.y >= 0, node.id);
    assert.ok(node.x + node.width <= layout.width && node.y + node.height <= layout.height, node.id);
  }
});

test('pieces: an edit in the middle keeps the drawing above it and moves the one below it as a block', async () => {
  const before = await layoutGraph(graphOfText(text));
  const after = await layoutGraph(graphOfText(text.replace('"Next": "Step 81"', '"Next": "Step 82"')));
  const at = new Map(after.nodes.map((n) => [n.id, n]));
  const index = (id: string) => Number(/Step (\d+)/.exec(id)?.[1] ?? -1);
  const shifts = (from: number, to: number) =>
    new Set(
      before.nodes
        .filter((n) => n.kind === 'state' && index(n.ref) >= from && index(n.ref) < to)
        .map((n) => {
          const moved = at.get(n.id) as PlacedNode;
          return `${moved.x - n.x},${moved.y - n.y}`;
        }),
    );
  assert.deepEqual([...shifts(0, 60)], ['0,0']);
  assert.equal(shifts(110, 150).size, 1);
});
