/*
 * Benchmark helper (not a bench itself): the built language server (dist/server.js --stdio, with
 * the Node flags the extension passes) driven over JSON-RPC as an editor drives it, with the LSP
 * 3.17 client capabilities VS Code announces (pull diagnostics, completion item defaults, lazy
 * completion docs) or none (push diagnostics).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';

/** The server under test: dist/server.js, or another build (ASL_BENCH_SERVER=path) to compare before/after. */
export const SERVER = process.env.ASL_BENCH_SERVER ?? resolve(__dirname, '../../../dist/server.js');

/** Extra Node flags for the server process (ASL_BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=prof": profile it). */
const EXTRA_FLAGS = (process.env.ASL_BENCH_SERVER_FLAGS ?? '').split(' ').filter((flag) => flag !== '');

export const VSCODE_CAPABILITIES = {
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    completion: {
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextMode', 'insertTextFormat', 'data'] },
      completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
    },
  },
};

export interface Session {
  readonly connection: MessageConnection;
  /** Resolves with the next publishDiagnostics of that version. */
  readonly published: (version: number) => Promise<PublishDiagnosticsParams>;
  /** CPU time (ms) the server process has used so far, all threads (GC helpers included); NaN where unknown. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function startServer(pull: boolean): Promise<Session> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...EXTRA_FLAGS, SERVER, '--stdio'], {
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
  const capabilities = pull ? VSCODE_CAPABILITIES : {};
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published: (version) => new Promise((done) => waiting.set(version, done)),
    cpuMs: () => processCpuMs(child.pid),
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

export const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Line and character of an offset. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/**
 * CPU time of a process in ms from Linux's per-thread scheduler statistics (nanoseconds, unlike
 * /proc/<pid>/stat's 10 ms ticks); NaN on other systems.
 */
function processCpuMs(pid: number | undefined): number {
  const dir = `/proc/${pid}/task`;
  if (pid === undefined || !existsSync(dir)) return NaN;
  let ns = 0;
  for (const thread of readdirSync(dir)) {
    try {
      ns += Number(readFileSync(`${dir}/${thread}/schedstat`, 'utf8').split(' ')[0]);
    } catch (error) {
      /* a thread that ended between the listing and the read is gone (ENOENT / ESRCH): nothing more to add */
      const code = (error as { code?: string }).code;
      if (code !== 'ENOENT' && code !== 'ESRCH') throw error;
    }
  }
  return ns / 1e6;
}
