/*
 * ASL model benchmark (`npm run bench`, not a test): parseAsl (tree + machines) for JSON and YAML,
 * the completion cursor and the graph functions on generated machines of 1000 and 5000 states, next to the raw
 * parsers (jsonc-parser parseTree, yaml parseDocument) for reference. Median and min ms after warm-up.
 */
import { parseTree } from 'jsonc-parser';
import { parseDocument, stringify } from 'yaml';
import { statesThatCanFinish, parseAsl, reachableStates } from '../../server/src/asl';
import { cursorAt } from '../../server/src/service/completion/cursor';

function machine(n: number, rich: boolean): unknown {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? { Next: `S${i + 1}` } : { End: true };
    States[`S${i}`] = rich
      ? {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { 'Payload.$': '$', FunctionName: 'f' },
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'S0' }],
          ...next,
        }
      : { Type: 'Pass', ...next };
  }
  return { StartAt: 'S0', States };
}

function time(label: string, run: () => unknown, repeat: number): void {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${samples[samples.length >> 1].toFixed(2).padStart(8)} ms   min ${samples[0].toFixed(2).padStart(8)} ms`,
  );
}

for (const n of [1000, 5000]) {
  for (const rich of [false, true]) {
    const value = machine(n, rich);
    const json = JSON.stringify(value, null, 2);
    const yaml = stringify(value);
    const tag = `${n} ${rich ? 'Task' : 'Pass'} states`;
    console.log(`\n${tag}: JSON ${(json.length / 1024).toFixed(0)} KiB, YAML ${(yaml.length / 1024).toFixed(0)} KiB`);
    time(`jsonc-parser parseTree (reference)`, () => parseTree(json, []), 21);
    time(`parseAsl json`, () => parseAsl(json, 'json'), 21);
    time(`yaml parseDocument (reference)`, () => parseDocument(yaml), 5);
    time(`parseAsl yaml`, () => parseAsl(yaml, 'yaml'), 5);
    const doc = parseAsl(json, 'json');
    time(
      `100 x cursorAt`,
      () => {
        for (let i = 0; i < 100; i++) cursorAt(doc, Math.floor((json.length * i) / 100));
      },
      21,
    );
    time(
      `reachableStates + statesThatCanFinish`,
      () => {
        reachableStates(doc.machine!);
        statesThatCanFinish(doc.machine!);
      },
      21,
    );
  }
}
