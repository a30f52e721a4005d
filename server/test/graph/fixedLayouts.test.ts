// server/src/graph/fixedLayouts.ts: a compound of path-shaped boxes laid out by arithmetic equals
// elk's layout of it (positions, sizes, edge routes), on random sizes, minimum sizes and child
// orders, in both placement variants; and every other shape is left to elk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { elkOptions, runElkHere } from '../../src/graph/layout';
import { layOutFixed, spacingOf } from '../../src/graph/fixedLayouts';

const size = fc.record({
  width: fc.oneof(fc.constantFrom(20, 140), fc.double({ min: 20, max: 280, noNaN: true })),
  height: fc.constantFrom(20, 26, 48, 72, 133),
});

const box = fc.record({
  nodes: fc.array(size, { minLength: 1, maxLength: 6 }),
  minimumWidth: fc.oneof(fc.constant(40), fc.integer({ min: 40, max: 400 })),
  shuffle: fc.array(fc.nat(), { maxLength: 6 }),
});

const compound = fc.record({
  boxes: fc.array(box, { minLength: 1, maxLength: 3 }),
  minimum: fc.record({ width: fc.integer({ min: 60, max: 900 }), height: fc.constantFrom(72, 500) }),
  variant: fc.constantFrom('balanced' as const, 'simple' as const),
});

type Compound = typeof compound extends fc.Arbitrary<infer T> ? T : never;

/** The compound as elkInput.ts builds one: boxes with header padding and a minimum size, nodes chained. */
function build(c: Compound): ElkNode {
  const boxes = c.boxes.map((b, i): ElkNode => {
    const nodes = b.nodes.map((n, k) => ({ id: `n${i}.${k}`, width: n.width, height: n.height }));
    const edges = nodes.slice(1).map((n, k) => ({ id: `e${i}.${k}`, sources: [nodes[k].id], targets: [n.id] }));
    const children = [...nodes];
    b.shuffle.forEach((j, k) => {
      const [a, z] = [k % children.length, j % children.length];
      [children[a], children[z]] = [children[z], children[a]];
    });
    return {
      id: `M${i}`,
      children,
      edges,
      layoutOptions: {
        'elk.padding': '[top=24,left=12,bottom=12,right=12]',
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${b.minimumWidth},40)`,
      },
    };
  });
  return {
    id: 'S:c',
    children: boxes,
    layoutOptions: {
      'elk.padding': '[top=44,left=12,bottom=12,right=12]',
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${c.minimum.width},${c.minimum.height})`,
      'elk.separateConnectedComponents': 'false',
    },
  };
}

/** Every number that the drawing reads, in a fixed order: boxes, nodes, edge points. */
function geometry(root: ElkNode): number[] {
  const out: number[] = [];
  const walk = (n: ElkNode) => {
    out.push(n.x ?? 0, n.y ?? 0, n.width ?? 0, n.height ?? 0);
    for (const child of [...(n.children ?? [])].sort((a, b) => a.id.localeCompare(b.id))) walk(child);
    for (const e of n.edges ?? [])
      for (const s of e.sections ?? []) {
        for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]) out.push(p.x, p.y);
      }
  };
  walk(root);
  return out;
}

test('a compound of path-shaped boxes is laid out as elk lays it out, without elk', async () => {
  await fc.assert(
    fc.asyncProperty(compound, async (c) => {
      const options = elkOptions(c.variant);
      const byElk = await runElkHere(build(c), options);
      const fixed = build(c);
      assert.equal(layOutFixed(fixed, spacingOf(options)), true);
      const [want, got] = [geometry(byElk), geometry(fixed)];
      assert.equal(got.length, want.length);
      got.forEach((v, i) => assert.ok(Math.abs(v - want[i]) < 1e-6, `value ${i}: ${v} instead of elk's ${want[i]}`));
    }),
    { numRuns: 300 },
  );
});

test('other shapes are left to elk: a branch point, a cycle, a label, an edge between boxes, a nested compound', () => {
  const spacing = spacingOf(elkOptions('simple'));
  const chain = (edges: [string, string][], extra: Partial<ElkNode> = {}): ElkNode => ({
    id: 'S:c',
    children: [
      {
        id: 'M0',
        children: ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 48 })),
        edges: edges.map(([s, t], i) => ({ id: `e${i}`, sources: [s], targets: [t] })),
      },
    ],
    ...extra,
  });
  assert.equal(
    layOutFixed(
      chain([
        ['a', 'b'],
        ['b', 'c'],
      ]),
      spacing,
    ),
    true,
  );
  assert.equal(
    layOutFixed(
      chain([
        ['a', 'b'],
        ['a', 'c'],
      ]),
      spacing,
    ),
    false,
    'a branch point',
  );
  assert.equal(
    layOutFixed(
      chain([
        ['a', 'b'],
        ['b', 'a'],
      ]),
      spacing,
    ),
    false,
    'a cycle and a lone node',
  );
  assert.equal(layOutFixed(chain([['a', 'b']]), spacing), false, 'a node outside the path');
  const labelled = chain([
    ['a', 'b'],
    ['b', 'c'],
  ]);
  (labelled.children?.[0].edges?.[0] as { labels?: unknown[] }).labels = [{ text: 'x', width: 10, height: 10 }];
  assert.equal(layOutFixed(labelled, spacing), false, 'a labelled edge');
  const joined = chain(
    [
      ['a', 'b'],
      ['b', 'c'],
    ],
    { edges: [{ id: 'x', sources: ['M0'], targets: ['M0'] }] },
  );
  assert.equal(layOutFixed(joined, spacing), false, 'an edge at the compound level');
  const nested = chain([
    ['a', 'b'],
    ['b', 'c'],
  ]);
  (nested.children?.[0].children?.[1] as ElkNode).children = [{ id: 'inner', width: 10, height: 10 }];
  assert.equal(layOutFixed(nested, spacing), false, 'a compound inside, not yet a leaf');
});
