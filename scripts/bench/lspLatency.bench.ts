/*
 * Edit-to-diagnostics latency of the built language server (`npm run bench`, not a test): the real
 * process (dist/server.js --stdio, with the flags the extension gives it) over JSON-RPC, as an
 * editor drives it. After each small edit (a Next value toggled between two states) and a pause
 * like a typing break, the time until the diagnostics report arrives: pull (textDocument/diagnostic
 * right after didChange) and push (publishDiagnostics, minus the server's 200 ms debounce).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';
import { generateDefinition } from './lspGenerate';

const SERVER = resolve(__dirname, '../../../dist/server.js');
const URI = 'file:///bench/latency.asl.json';
const DEBOUNCE_MS = 200;
const PAUSE_MS = 300;
const RUNS = 15;

interface Session {
  readonly connection: MessageConnection;
  readonly published: (version: number) => Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

async function startServer(pull: boolean): Promise<Session> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
    waiting.get(p.version ?? -1)?.(p),
  );
  connection.listen();
  const capabilities = pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {};
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published: (version) => new Promise((done) => waiting.set(version, done)),
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await Promise.race([exited, pause(5000)]);
      connection.dispose();
      child.kill();
    },
  };
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Latencies (ms) of RUNS edits on a document of n states. */
async function measure(n: number, pull: boolean): Promise<number[]> {
  const { text, nextValueOffset } = generateDefinition(n);
  const lines = text.slice(0, nextValueOffset).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const current = text.slice(nextValueOffset, text.indexOf('"', nextValueOffset));
  const session = await startServer(pull);
  const { connection } = session;
  let version = 1;
  const opened = session.published(1);
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'asl', version, text },
  });
  if (pull) await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
  else await opened;
  const times: number[] = [];
  let name = current;
  for (let i = 0; i < RUNS + 2; i++) {
    await pause(PAUSE_MS);
    const replacement = name === current ? 'HandleError' : current;
    const range = { start: position, end: { line: position.line, character: position.character + name.length } };
    name = replacement;
    version++;
    const reported = pull ? undefined : session.published(version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range, text: replacement }],
    });
    if (pull) await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
    else await reported;
    const elapsed = performance.now() - start - (pull ? 0 : DEBOUNCE_MS);
    if (i >= 2) times.push(elapsed); // the first two edits warm the server up
  }
  await session.stop();
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  console.log(
    `Language server edit-to-diagnostics latency over stdio (${SERVER_NODE_FLAGS.join(' ')}), ${RUNS} edits after ${PAUSE_MS} ms pauses`,
  );
  console.log('pull: didChange then textDocument/diagnostic; push: publishDiagnostics minus the 200 ms debounce\n');
  console.log('states  mode  median ms  min ms  max ms');
  for (const n of [1000, 5000]) {
    for (const pull of [true, false]) {
      const t = await measure(n, pull);
      console.log(
        `${String(n).padStart(6)}  ${(pull ? 'pull' : 'push').padEnd(4)}  ${t[t.length >> 1].toFixed(1).padStart(9)}  ${t[0].toFixed(1).padStart(6)}  ${t[t.length - 1].toFixed(1).padStart(6)}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
