/*
 * Completion and hover benchmark (`npm run bench`, not a test): our doComplete / doHover in every
 * kind of position (state names, keys, new-state snippets, intrinsics, context paths, error names,
 * JSONata with thousands of variables, YAML) on generated definitions of 1000 and 5000 states.
 * Each run gets a freshly parsed model (the first request after an edit: per-model caches cold).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { stringify } from 'yaml';
import { parseAsl } from '../../server/src/asl/parse';
import type { AslDocument, SourceFormat } from '../../server/src/asl/types';
import { doComplete } from '../../server/src/service/completion';
import { doHover } from '../../server/src/service/hover';
import { generateDefinition } from './lspGenerate';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly format: SourceFormat;
  readonly offset: number;
  readonly hover?: boolean;
}

function after(text: string, marker: string, delta: number, from = Math.floor(text.length / 2)): number {
  const i = text.indexOf(marker, from);
  if (i < 0) throw new Error(`marker not found: ${marker}`);
  return i + delta;
}

/** A JSONata chain where every state assigns a new variable: the worst case for the variables analysis. */
function jsonataChain(n: number): string {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    states[`S${i}`] = {
      Type: 'Pass',
      Assign: { [`v${i}`]: `{% $states.input.x${i} %}` },
      Output: '{% $states.input %}',
      ...(i + 1 < n ? { Next: `S${i + 1}` } : { End: true }),
    };
  }
  return JSON.stringify({ QueryLanguage: 'JSONata', StartAt: 'S0', States: states }, null, 2);
}

function cases(n: number): Case[] {
  const { text, nextValueOffset } = generateDefinition(n);
  const yaml = stringify(JSON.parse(text));
  const chain = jsonataChain(n);
  const mid = Math.floor(n / 2);
  return [
    { name: 'Next value (state names)', text, format: 'json', offset: nextValueOffset },
    { name: 'Next value, 6 letters typed', text, format: 'json', offset: nextValueOffset + 6 },
    { name: 'key in a Wait state', text, format: 'json', offset: after(text, '"Seconds": 5', 1) },
    { name: 'new state (snippets)', text, format: 'json', offset: after(text, `"Step ${mid}": {`, 0, 0) },
    { name: '.$ value (intrinsics, $$, vars)', text, format: 'json', offset: after(text, "States.Format('item", 10) },
    { name: 'ErrorEquals item', text, format: 'json', offset: after(text, '"Lambda.ServiceException"', 1) },
    {
      name: 'JSONata {% %} (n variables)',
      text: chain,
      format: 'json',
      offset: after(chain, '"Output": "{% $states', 14),
    },
    { name: 'YAML Next value', text: yaml, format: 'yaml', offset: after(yaml, `Next: Step ${mid + 1}`, 6, 0) },
    { name: 'YAML key', text: yaml, format: 'yaml', offset: after(yaml, 'Seconds: 5', 3) },
    { name: 'hover on a Next value', text, format: 'json', offset: nextValueOffset, hover: true },
    {
      name: 'hover on an intrinsic',
      text,
      format: 'json',
      offset: after(text, "States.Format('item", 10),
      hover: true,
    },
  ];
}

/**
 * Wall time of `f` over `runs` runs, each on a freshly parsed model (the first request after an edit:
 * per-model caches cold). Returns the minimum (the intrinsic cost, least disturbed by other load on
 * the machine) and the median.
 */
setFlagsFromString('--expose-gc');
/** A full GC before each measured call, so that garbage left by parsing is not charged to it. */
const collect = runInNewContext('gc') as () => void;

function measure(
  runs: number,
  setup: () => AslDocument,
  f: (asl: AslDocument) => unknown,
): { min: number; median: number } {
  f(setup());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const asl = setup();
    collect();
    const start = performance.now();
    f(asl);
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return { min: times[0], median: times[Math.floor(times.length / 2)] };
}

interface Result {
  readonly min: number;
  readonly median: number;
  readonly items: number;
}

function run(c: Case): Result {
  const doc = TextDocument.create(`file:///bench.asl.${c.format}`, 'asl', 1, c.text);
  const setup = (): AslDocument => parseAsl(c.text, c.format);
  const position = doc.positionAt(c.offset);
  if (c.hover)
    return {
      ...measure(11, setup, (asl) => doHover(doc, asl, position)),
      items: doHover(doc, setup(), position) === null ? 0 : 1,
    };
  return {
    ...measure(11, setup, (asl) => doComplete(doc, asl, position)),
    items: doComplete(doc, setup(), position).items.length,
  };
}

function main(): void {
  console.log('Completion / hover benchmark: ms per request, min / median of 11 runs, fresh model each run');
  console.log('(target: completion ≤ 10 ms at 5000 states)\n');
  const sizes = [1000, 5000];
  const results = sizes.map((n) => cases(n).map((c) => ({ c, r: run(c) })));
  const width = Math.max(...results[0].map((x) => x.c.name.length));
  console.log(
    `${'position'.padEnd(width)}  ${sizes.map((n) => `${n} states`.padStart(18)).join('')}  items@${sizes[sizes.length - 1]}`,
  );
  results[0].forEach((row, i) => {
    const cells = results.map((rs) => `${rs[i].r.min.toFixed(2)} / ${rs[i].r.median.toFixed(2)}`.padStart(18)).join('');
    const last = results[results.length - 1][i].r;
    console.log(
      `${row.c.name.padEnd(width)}  ${cells}  ${last.items}${last.median > 10 ? '  (median over 10 ms)' : ''}`,
    );
  });
}

main();
