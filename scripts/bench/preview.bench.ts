/*
 * Graph preview benchmark (`npm run bench`, not a test), on the generated machines of lspGenerate.ts:
 * the asl/previewGraph request at 200 / 500 / 5000 states (graph + hash + compact encoding + JSON text, with the
 * version's diagnostics already computed, as the server shares them; and cold: parse + diagnostics first),
 * layout + SVG rendering in Node (a new graph, and the same one again with its compound states from
 * the layout cache), a keystroke at 200 states end to end (request + layout + render; structural and
 * non-structural edits; the compounds the edit did not touch come from the cache, as in the webview),
 * and the first drawing on the user's path (the extension's warm layout pool, then a fresh webview page
 * in headless Chromium: message → nodes in the DOM; and a keystroke on a warm page and pool:
 * `webview-keystroke`). Targets: request ≤ 50 ms at
 * 5000; 500 states drawn < 1 s; keystroke at 200 < 150 ms. Environment, to compare configurations:
 * ASL_BENCH_LAYOUT_THREADS, ASL_BENCH_WARM_UP_ROUNDS (the pool's size and warm-up rounds),
 * ASL_BENCH_VERBOSE=1 (each first drawing's layout and page times).
 */
import { cpus, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../../server/src/asl/parse';
import { computeDiagnostics } from '../../server/src/service/diagnostics';
import { previewGraph, previewGraphWire } from '../../server/src/service/preview/previewGraph';
import { previewAnswer, previewGraphResult } from '../../server/src/service/preview/previewResult';
import { layoutGraph } from '../../server/src/graph/layout';
import { layoutKey } from '../../server/src/graph/layoutKey';
import { renderSvg } from '../../server/src/graph/svg';
import {
  PreviewGraphRequest,
  type PreviewGraph,
  type PreviewGraphWire,
  type PreviewGraphWireResult,
} from '../../server/src/protocol';
import { median as stdioMedian, pause, positionOf, startServer } from './lspSession';
import { CHROMIUM, startBrowser } from '../../server/test/webview/harness';
import { generateDefinition } from './lspGenerate';
import { LayoutPool } from '../../client/src/preview/layoutPool';

/** CPU time (user + system, all threads) of the last median() call's median run: stable on a loaded machine. */
let lastCpu = 0;

async function median(runs: number, f: () => unknown, warmUp = true): Promise<number> {
  if (warmUp) await f();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await f();
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  lastCpu = cpu[Math.floor(cpu.length / 2)];
  return times[Math.floor(times.length / 2)];
}

function graphOf(text: string, version = 1): PreviewGraph {
  const asl = parseAsl(text, 'json');
  return previewGraph(TextDocument.create('file:///b.asl.json', 'json', version, text), asl, computeDiagnostics(asl));
}

function wireOf(text: string): PreviewGraphWire {
  const asl = parseAsl(text, 'json');
  return previewGraphWire(TextDocument.create('file:///b.asl.json', 'json', 1, text), asl, computeDiagnostics(asl));
}

/** Wall-clock median, with the CPU time of the last measurement in brackets. */
function ms(n: number): string {
  return `${n.toFixed(1).padStart(8)} ms [cpu ${lastCpu.toFixed(1)}]`;
}

async function requestRows(): Promise<void> {
  console.log(
    '\nasl/previewGraph request (median): what the server does for a new version with its diagnostics shared:' +
      ' graph + compact encoding + hash + JSON text (as vscode-jsonrpc writes it); the size of that text and of' +
      ' the PreviewGraph as JSON (before the compact encoding); cold: parse + diagnostics first',
  );
  for (const n of [200, 500, 3334, 5000]) {
    const { text, totalStates } = generateDefinition(n);
    const doc = TextDocument.create('file:///b.asl.json', 'json', 1, text);
    const asl = parseAsl(text, 'json');
    const diagnostics = computeDiagnostics(asl);
    const runs = n >= 3000 ? 15 : 21;
    const answer = () => JSON.stringify(previewAnswer(previewGraphWire(doc, asl, diagnostics), 1));
    const request = ms(await median(runs, answer));
    const cold = ms(await median(runs, () => JSON.stringify(previewAnswer(wireOf(text), 1))));
    const size = (json: string) => `${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB`;
    const before = size(JSON.stringify(previewGraphResult(previewGraph(doc, asl, diagnostics), 1)));
    const target = totalStates >= 5000 ? '  (target ≤ 50 ms at 5000 states)' : '';
    console.log(
      `  ${String(n).padStart(5)} top-level (${String(totalStates).padStart(4)} states)   ${request}` +
        `  ${size(answer())} (before ${before})   cold ${cold}${target}`,
    );
  }
}

/**
 * The same request over stdio to the built server (dist/server.js with its Node flags), as VS Code sends it:
 * after each edit (a value toggled) and its pulled diagnostics, a pause (the server's idle collection), then
 * the request; wall time until the answer is parsed on this side, and the server's CPU time meanwhile.
 */
async function stdioRows(): Promise<void> {
  console.log(
    '\nasl/previewGraph over stdio (median of 15 new versions, no hash held; server CPU in brackets; then the same version with its hash)',
  );
  for (const n of [3334, 5000]) {
    const { text, totalStates } = generateDefinition(n);
    const session = await startServer(true);
    const uri = `file:///bench/${n}.asl.json`;
    const textDocument = { uri, version: 1 };
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { ...textDocument, languageId: 'asl', text },
    });
    const at = positionOf(text, text.indexOf('"TimeoutSeconds": 30') + '"TimeoutSeconds": '.length);
    const request = (knownHash?: string) =>
      session.connection.sendRequest(PreviewGraphRequest.method, { textDocument: { uri }, knownHash });
    const wall: number[] = [];
    const cpu: number[] = [];
    const same: number[] = [];
    for (let version = 2; version < 19; version++) {
      const range = { start: at, end: { line: at.line, character: at.character + 2 } };
      const contentChanges = [{ range, text: version % 2 === 0 ? '31' : '30' }];
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges,
      });
      await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      await pause(300);
      const cpuStart = session.cpuMs();
      const start = performance.now();
      const answer = (await request()) as PreviewGraphWireResult | null; // no hash held: the whole answer
      if (answer === null || answer.unchanged) throw new Error('a new version answered no graph');
      if (version < 4) continue; // warm-up
      wall.push(performance.now() - start);
      cpu.push(session.cpuMs() - cpuStart);
      const sameStart = performance.now();
      await request(answer.hash);
      same.push(performance.now() - sameStart);
    }
    await session.stop();
    const f = (x: number) => x.toFixed(1);
    console.log(
      `  ${String(n).padStart(5)} top-level (${String(totalStates).padStart(4)} states)   ` +
        `${f(stdioMedian(wall)).padStart(8)} ms [server cpu ${f(stdioMedian(cpu))}]   unchanged ${f(stdioMedian(same))} ms` +
        (totalStates >= 5000 ? '  (target ≤ 50 ms at 5000 states)' : ''),
    );
  }
}

async function layoutRows(): Promise<void> {
  console.log(
    '\nlayout (elkjs) + SVG render in Node (median): first = a graph never laid out (elkjs compiled, no compound' +
      ' cached: names renamed each run), again = the same graph (compounds from the cache; the top level too' +
      ' from 100 states, where it is laid out in pieces)',
  );
  for (const n of [50, 200, 500]) {
    const { text, totalStates } = generateDefinition(n);
    const graph = graphOf(text);
    /* cold: the first layout of a fresh process (elkjs's code not compiled yet) */
    const cold = ms(await median(1, () => layoutGraph(graph), false));
    let run = 0;
    const fresh = Array.from({ length: 6 }, () => graphOf(text.split('"Step ').join(`"Step${run++} `)));
    const first = ms(await median(5, () => layoutGraph(fresh[--run])));
    const again = ms(await median(5, () => layoutGraph(graph)));
    const placed = await layoutGraph(graph);
    const render = ms(await median(9, () => renderSvg(graph, placed, { interactive: true })));
    const target = n === 500 ? '  (target: drawn < 1000 ms)' : '';
    console.log(
      `  ${String(n).padStart(5)} top-level (${totalStates} states)   cold ${cold}  first ${first}  again ${again}` +
        `   render ${render}${target}`,
    );
  }
}

/**
 * Structural edits: each run (and the warm-up) retargets another Task's Next, so no run finds its edit in
 * the layout cache (the pieces and compounds the edit did not touch are cached, as in the webview).
 */
function structuralEdits(text: string): string[] {
  return [100, 110, 120, 130, 140, 150, 160, 170].map((k) =>
    text.replace(`"Next": "Step ${k + 1}"`, `"Next": "Step ${k + 2}"`),
  );
}

async function keystrokeRows(): Promise<void> {
  const { text } = generateDefinition(200);
  const edits = {
    'structural (a Next retargeted)': structuralEdits(text),
    'non-structural (a value edited)': [text.replace('"TimeoutSeconds": 30', '"TimeoutSeconds": 31')],
  };
  const before = graphOf(text);
  const beforeKey = layoutKey(before);
  const beforeLayout = await layoutGraph(before);
  console.log(
    '\nkeystroke at 200 top-level states: request (parse+diagnostics+graph+hash) + layout unless unchanged + render',
  );
  for (const [name, texts] of Object.entries(edits)) {
    let run = 0;
    const total = await median(7, async () => {
      const edited = texts[run++ % texts.length];
      const result = previewGraphResult(graphOf(edited, 2), 2);
      if (result.unchanged) throw new Error('the edit changed nothing');
      const layout = layoutKey(result.graph) === beforeKey ? beforeLayout : await layoutGraph(result.graph);
      return renderSvg(result.graph, layout, { interactive: true });
    });
    console.log(`  ${name.padEnd(34)} ${ms(total)}  (target < 150 ms)`);
  }
}

/**
 * The extension's layout pool (client/src/preview/layoutPool.ts, the built dist/layoutThread.js),
 * started as the extension starts it (threads booted with elkjs loaded), then warmed up as the
 * extension warms it up a few seconds later, unless `cold`.
 */
async function startPool(cold = false): Promise<LayoutPool> {
  // to compare pool sizes and warm-up budgets; the extension's defaults otherwise
  const pool = new LayoutPool(resolve('dist/layoutThread.js'), countFromEnv('ASL_BENCH_LAYOUT_THREADS'));
  await pool.boot();
  const cpu = process.cpuUsage();
  if (!cold) await pool.warmUp(countFromEnv('ASL_BENCH_WARM_UP_ROUNDS'));
  const used = process.cpuUsage(cpu);
  lastWarmUpCpu = (used.user + used.system) / 1000;
  return pool;
}

/** A positive whole number from the environment variable `name`, or undefined when it is unset. */
function countFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, not '${text}'`);
  return n;
}

/** CPU time (ms, all threads of this process) of the last startPool's warm-up. */
let lastWarmUpCpu = 0;

/** The extension's half of a drawing: the graph laid out by the pool and the message's JSON text. */
async function hostHalf(pool: LayoutPool, graph: PreviewGraph): Promise<{ text: string; ms: number }> {
  const start = performance.now();
  const layout = await pool.layout(graph);
  const message = { type: 'graph', uri: 'file:///b.asl.json', fileName: 'b.asl.json', hash: 'h', graph, layout };
  const text = JSON.stringify(message);
  return { text, ms: performance.now() - start };
}

/** `text` with every state renamed: a machine never laid out before (nothing in the layout cache). */
function renamed(text: string, run: number): string {
  return text
    .split('"Step ')
    .join(`"Step${run} `)
    .split('"Item ')
    .join(`"Item${run} `)
    .split('"Branch ')
    .join(`"Branch${run} `);
}

async function webviewRows(): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync('media/dist/graph.js') || !existsSync('dist/layoutThread.js')) {
    console.log(`\nwebview: skipped (needs ${CHROMIUM} and npm run build)`);
    return;
  }
  console.log(
    "\nfirst drawing, the user's path without the request (add the request row): the extension's layout pool" +
      ' lays a never-seen machine out and serializes the message, then a fresh webview page in headless Chromium' +
      ' parses it and draws until every node is in the DOM and painted; median of 5 machines, each never seen before (and the' +
      ' first of them: the first preview after the warm-up, a new pool per row). warm = threads warmed up as the extension does at' +
      ' start; cold = a preview opened after the threads started (at activation) but before the warm-up',
  );
  const browser = await startBrowser();
  await warmUpBrowser(browser);
  let run = 0;
  try {
    for (const n of [50, 200, 500]) {
      const { text, totalStates } = generateDefinition(n);
      const rows: string[] = [];
      for (const kind of ['warm', 'cold'] as const) {
        // a new pool per row: each size's first drawing is the first preview after the warm-up
        const pool = await startPool(kind === 'cold');
        const [host, page, total] = [[], [], []] as number[][];
        for (let i = 0; i < (kind === 'warm' ? 5 : 1); i++) {
          const graph = graphOf(renamed(text, ++run));
          const half = await hostHalf(pool, graph);
          const drawn = await drawInFreshPage(browser, half.text, graph.states.length);
          [host, page, total].forEach((list, k) => list.push([half.ms, drawn, half.ms + drawn][k]));
        }
        await pool.dispose();
        if (process.env.ASL_BENCH_VERBOSE)
          console.log(
            `    ${kind} ${n}: layouts ${host.map((h) => h.toFixed(0)).join(' ')}, pages ${page.map((h) => h.toFixed(0)).join(' ')} ms`,
          );
        const first =
          kind === 'warm'
            ? `, the first ${total[0].toFixed(0)}; warm-up cpu ${(lastWarmUpCpu / 1000).toFixed(1)} s`
            : '';
        rows.push(
          `${kind} ${medianOf(total)} ms (layout ${medianOf(host).trim()} + page ${medianOf(page).trim()}${first})`,
        );
      }
      const target = n === 500 ? '  (target: < 1000 ms warm)' : '';
      console.log(`  ${String(n).padStart(5)} top-level (${totalStates} states)   ${rows.join('   ')}${target}`);
    }
  } finally {
    await browser.close();
  }
}

/** One drawing in a first page, laid out in this thread (not by the pool): Chromium's start-up, out of the rows. */
async function warmUpBrowser(browser: Awaited<ReturnType<typeof startBrowser>>): Promise<void> {
  const graph = graphOf(generateDefinition(50).text);
  const message = { type: 'graph', uri: 'file:///w.asl.json', fileName: 'w.asl.json', hash: 'w', graph };
  const text = JSON.stringify({ ...message, layout: await layoutGraph(graph) });
  await drawInFreshPage(browser, text, graph.states.length);
}

/**
 * What a user typing sees: one page and a warm pool (the pieces and compounds an edit did not touch
 * in the layout cache), 10 structural edits, then 9 more, each another Task's Next retargeted (never
 * laid out before): the pool's layout + message → the new edge in the DOM.
 */
async function warmKeystrokeRow(): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync('media/dist/graph.js') || !existsSync('dist/layoutThread.js')) return;
  const { text } = generateDefinition(200);
  const browser = await startBrowser();
  const pool = await startPool();
  const page = await browser.open();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async (): Promise<Record<string, number>> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
  try {
    const first = graphOf(text);
    await timeDrawing(page, (await hostHalf(pool, first)).text, '.node.state', first.states.length);
    const [times, host] = [[], []] as number[][];
    const pageMs: Record<string, number[]> = {
      TaskDuration: [],
      ScriptDuration: [],
      RecalcStyleDuration: [],
      LayoutDuration: [],
    };
    for (const k of [20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 21]) {
      const edited = graphOf(text.replace(`"Next": "Step ${k + 1}"`, `"Next": "Step ${k + 2}"`), 2);
      const edge = `.edge[data-source="S:root/Step ${k}"][data-target="S:root/Step ${k + 2}"]`;
      const before = await metrics();
      const half = await hostHalf(pool, edited);
      host.push(half.ms);
      times.push(half.ms + (await timeDrawing(page, half.text, edge, 1)));
      const after = await metrics();
      for (const [name, list] of Object.entries(pageMs)) list.push(after[name] - before[name]);
    }
    console.log(
      `  keystroke at 200, warm page and pool (the user's path): structural edit → layout → edge in the DOM,` +
        ` median of the last 9: ${medianOf(times.slice(10))} ms, of which layout ${medianOf(host.slice(10)).trim()}` +
        `  (target < 150 ms; add the request, ~20 ms, for the whole keystroke)`,
    );
    const breakdown = Object.entries(pageMs).map(
      ([name, list]) => `${name.replace('Duration', '')} ${medianOf(list.slice(10)).trim()}`,
    );
    console.log(
      `    the page's main thread (DevTools metrics, ms, medians; the pool's layout not included): ${breakdown.join(', ')}`,
    );
  } finally {
    await page.close();
    await pool.dispose();
    await browser.close();
  }
}

function medianOf(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(times.length / 2)].toFixed(1).padStart(8);
}

type BenchPage = Awaited<ReturnType<Awaited<ReturnType<typeof startBrowser>>['open']>>;

async function drawInFreshPage(
  browser: Awaited<ReturnType<typeof startBrowser>>,
  message: string,
  states: number,
): Promise<number> {
  const page = await browser.open();
  try {
    return await timeDrawing(page, message, '.node.state', states);
  } finally {
    await page.close();
  }
}

/**
 * Message → `count` elements matching `selector` in the DOM, and that frame painted (the time is read
 * in a task after the first frame whose animation callback found them). The message reaches the page
 * as a JSON text before the clock starts, and the page parses and posts it (as a webview receives
 * what the extension sends as JSON); handing it to Playwright as an object instead measured
 * Playwright's own argument (de)serialization, ~100 ms of the 200-state keystroke that a webview
 * never pays. The transfer of the text from the extension host to the webview is not measured here.
 */
async function timeDrawing(page: BenchPage, message: string, selector: string, count: number): Promise<number> {
  await page.evaluate((text: string) => {
    (globalThis as unknown as { __message: string }).__message = text;
  }, message);
  const drawn = `document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}`;
  await page.evaluate(
    `window.__t0 = performance.now();
    window.__painted = new Promise((resolve, reject) => {
      const check = () =>
        ${drawn} ? setTimeout(() => resolve(performance.now() - window.__t0), 0)
        : performance.now() - window.__t0 > 120000 ? reject(new Error('not drawn in 120 s: ' + ${JSON.stringify(selector)}))
        : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
    window.postMessage(JSON.parse(window.__message), "*")`,
  );
  return page.evaluate('window.__painted');
}

async function main(): Promise<void> {
  console.log(
    `graph preview bench (${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}); wall-clock medians, [cpu] = CPU time`,
  );
  const only = process.argv[2]; // e.g. `webview` to run one group
  if (only === undefined || only === 'request') await requestRows();
  if (only === undefined || only === 'request' || only === 'stdio') await stdioRows();
  if (only === undefined || only === 'layout') await layoutRows();
  if (only === undefined || only === 'keystroke') await keystrokeRows();
  if (only === undefined || only === 'webview') await webviewRows();
  if (only === undefined || only === 'webview' || only === 'webview-keystroke') await warmKeystrokeRow();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
