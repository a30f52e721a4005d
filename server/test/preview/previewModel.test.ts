// The preview graph against the model it comes from, state by state and edge by edge, written here object
// by object as the graph is specified (PreviewGraph in protocol.ts), independently of the column-wise
// builder (previewGraphWire): every example and fixture, a generated machine, odd, duplicated and broken texts,
// and models updated in place by keystrokes (the facts memoized by node must follow every edit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../../src/asl/parse';
import { updateAsl } from '../../src/asl/incremental';
import { isTerminal, reachableStates } from '../../src/asl/graph';
import { getPropertyValue } from '../../src/asl/nodes';
import type { AslDocument, AslMachine, AslState, Transition } from '../../src/asl/types';
import { computeDiagnostics } from '../../src/service/diagnostics';
import type { AslDiagnostic } from '../../src/service/diagnostics/types';
import { previewGraph } from '../../src/service/preview/previewGraph';
import { choiceRuleLabel } from '../../src/service/preview/choiceLabel';
import { commentOf, errorNames, retryRules, severitiesByState } from '../../src/service/preview/stateFacts';
import type { PreviewEdge, PreviewGraph, PreviewMachine, PreviewState } from '../../src/protocol';
import { generateDefinition } from '../../../scripts/bench/lspGenerate';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const id = (state: AslState): string => state.machine.id + '/' + state.name;

function expectedGraph(doc: TextDocument, asl: AslDocument, diagnostics: readonly AslDiagnostic[]): PreviewGraph {
  const severities = severitiesByState(asl, diagnostics);
  const reachable = reachableStates(asl);
  const listed = asl.allMachines.flatMap((m) => m.states);
  const states = listed.map((s): PreviewState => {
    const out: Mutable<PreviewState> = {
      id: id(s),
      name: s.name,
      machine: s.machine.id,
      isEnd: isTerminal(s),
      reachable: reachable.has(s),
    };
    if (s.type !== undefined) out.type = s.type;
    if (severities[s.index] !== undefined) out.severity = severities[s.index];
    if (retryRules(s) !== undefined) out.retry = retryRules(s);
    if (commentOf(s) !== undefined) out.comment = commentOf(s);
    return out;
  });
  const ranges = listed.flatMap((s) =>
    [s.nameSpan.start, s.nameSpan.end, s.property.start, s.property.end].flatMap((offset) => {
      const at = doc.positionAt(offset);
      return [at.line, at.character];
    }),
  );
  const edges = listed.flatMap((s) => s.transitions.map((t) => expectedEdge(s, t)));
  const machines = asl.allMachines.map(expectedMachine);
  const queryLanguage = asl.machine?.queryLanguage ?? 'JSONPath';
  return { syntaxErrors: asl.syntaxErrors.length, queryLanguage, machines, states, ranges, edges };
}

function expectedMachine(machine: AslMachine): PreviewMachine {
  const owner = machine.owner;
  const labels = { Branch: `Branch ${(owner?.index ?? 0) + 1}`, Iterator: 'Iterator', ItemProcessor: 'Item processor' };
  const label = owner === undefined ? 'State machine' : labels[owner.kind];
  const out: Mutable<PreviewMachine> = { id: machine.id, label };
  if (owner !== undefined) out.parentState = id(owner.state);
  if (machine.startAt?.resolved !== undefined) out.startAt = id(machine.startAt.resolved);
  return out;
}

function expectedEdge(state: AslState, t: Transition): PreviewEdge {
  const kind = t.kind === 'StartAt' ? 'Next' : t.kind;
  const out: Mutable<PreviewEdge> = { from: id(state), target: t.target, machine: state.machine.id, kind };
  if (t.resolved !== undefined) out.to = id(t.resolved);
  const rules = getPropertyValue(state.node, t.kind === 'Choice' ? 'Choices' : 'Catch');
  const rule = rules?.kind === 'array' && t.index !== undefined ? rules.items[t.index] : undefined;
  const labels = {
    Default: 'Default',
    Choice: choiceRuleLabel(rule),
    Catch: errorNames(rule).join(', ') || undefined,
    Next: undefined,
    StartAt: undefined,
  };
  const label = labels[t.kind];
  if (label !== undefined) out.label = label;
  return out;
}

function assertModelGraph(name: string, text: string, format: 'json' | 'yaml'): PreviewGraph {
  const asl = parseAsl(text, format);
  const doc = TextDocument.create('file:///m.asl.' + format, format, 1, text);
  const diagnostics = computeDiagnostics(asl);
  const graph = previewGraph(doc, asl, diagnostics);
  assert.deepEqual(graph, expectedGraph(doc, asl, diagnostics), name);
  return graph;
}

const ODD = JSON.stringify({
  StartAt: 'a/b',
  States: {
    'a/b': { Type: 'Pass', Comment: 'first', Next: 'Nowhere' },
    Untyped: { Next: 'a/b' },
    Pick: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.x', IsPresent: true, Next: 'a/b' },
        { Not: { Variable: '$.y', StringMatches: 'a*' }, Next: 'Untyped' },
        {
          And: [
            { Variable: '$.a', NumericLessThanPath: '$.b' },
            { Variable: '$.c', BooleanEquals: true },
          ],
          Next: 'Fan',
        },
      ],
      Default: 'Gone',
    },
    Fan: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'Missing', States: { 'a/b': { Type: 'Succeed' } } }],
      Catch: [
        { ErrorEquals: ['States.ALL'], Next: 'Pick' },
        { ErrorEquals: [], Next: 'Pick' },
      ],
      Retry: [{ ErrorEquals: ['X', 'Y'], MaxAttempts: 2 }, { ErrorEquals: ['Z'] }],
      End: true,
    },
    Ja: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $x > 1 %}', Next: 'M' }], Default: 'M' },
    M: { Type: 'Map', Iterator: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, Next: 'Done' },
    Done: { Type: 'Succeed' },
    NotAnObject: 5,
  },
});

test('every example and fixture: the graph the model describes (LF and CRLF)', () => {
  let count = 0;
  for (const dir of ['examples', 'syntaxes/test/fixtures', 'client/test/fixtures']) {
    for (const file of readdirSync(dir).filter((f) => /\.asl\.(json|ya?ml)$/.test(f))) {
      const text = readFileSync(`${dir}/${file}`, 'utf8').replace(/\r\n?/g, '\n');
      const format = /\.ya?ml$/.test(file) ? 'yaml' : 'json';
      assertModelGraph(file, text, format);
      assertModelGraph(file + ' (CRLF)', text.replace(/\n/g, '\r\n'), format);
      count++;
    }
  }
  assert.ok(count >= 15, String(count));
});

test('a generated machine of 300 top-level states (Map, Parallel, Retry, Catch, Choice)', () => {
  const graph = assertModelGraph('generated', generateDefinition(300).text, 'json');
  assert.ok(graph.states.length > 300 && graph.edges.some((e) => e.kind === 'Catch'));
});

test('odd names, missing targets, no Type, labels of every kind, and the same text cut short', () => {
  const graph = assertModelGraph('odd', ODD, 'json');
  assert.ok(graph.edges.some((e) => e.to === undefined) && graph.states.some((s) => s.severity !== undefined));
  assert.ok(graph.states.some((s) => s.type === undefined) && graph.states.some((s) => s.comment !== undefined));
  assert.ok(graph.machines.some((m) => m.label === 'Iterator') && graph.machines.some((m) => m.startAt === undefined));
  for (let cut = 10; cut < ODD.length; cut += 37) assertModelGraph(`cut at ${cut}`, ODD.slice(0, cut), 'json');
});

test('duplicated state names and names with line breaks', () => {
  const duplicated =
    '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Next":"A"},' +
    '"A":{"Type":"Parallel","Branches":[{"StartAt":"X","States":{"X":{"Type":"Pass","Next":"X"},' +
    '"X":{"Type":"Succeed"}}}],"Next":"B"}}}';
  assert.equal(assertModelGraph('duplicated', duplicated, 'json').states.length, 5);
  const broken =
    '{"StartAt": "A\\nB", "States": {"A\\nB": {"Type": "Pass", "Next": "x\\ny"}, "x\\ny": {"Type": "Succeed"}}}';
  assertModelGraph('line breaks', broken, 'json');
  assertModelGraph('yaml', 'StartAt: "A\\nB"\nStates:\n  "A\\nB":\n    Type: Pass\n    End: true\n', 'yaml');
});

test('after keystrokes the incremental model shows what a fresh parse shows (Retry, Comment, labels memoized by node)', () => {
  let text = generateDefinition(30).text;
  let asl = parseAsl(text, 'json');
  const edits: [string, string][] = [
    ['"MaxAttempts": 3', '"MaxAttempts": 7'],
    ['"States.ALL"', '"States.Timeout", "Custom"'],
    ['"NumericGreaterThan": 24', '"NumericLessThan": 24'],
    ['"Type": "Pass",', '"Type": "Pass", "Comment": "now with a comment",'],
    ['"Retry": [', '"Retry": [{"ErrorEquals": ["First"]}, '],
    ['"StringEquals": "skip"', '"IsNull": true'],
  ];
  for (const [from, to] of edits) {
    const before = previewGraph(TextDocument.create('file:///k.asl.json', 'json', 1, text), asl, []); // fills the memo
    const at = text.indexOf(from, text.length / 3);
    assert.ok(at > 0, from);
    const untouched = asl.allStates[0].node;
    asl = updateAsl(asl, { start: at, end: at + from.length, text: to });
    text = text.slice(0, at) + to + text.slice(at + from.length);
    assert.equal(
      asl.allStates[0].node,
      untouched,
      'an incremental update: the states before the edit keep their nodes',
    );
    const doc = TextDocument.create('file:///k.asl.json', 'json', 2, text);
    const graph = previewGraph(doc, asl, []);
    assert.deepEqual(graph, previewGraph(doc, parseAsl(text, 'json'), []), `${from} → ${to}`);
    assert.notDeepEqual(graph, before, `${from} → ${to} shows`);
  }
});
