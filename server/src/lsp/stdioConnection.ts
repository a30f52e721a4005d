/*
 * The --stdio connection, built here rather than by vscode-languageserver so that its reader
 * decodes messages with messageDecoder.ts (a large didOpen is not decoded into a throwaway string
 * first). Does what vscode-languageserver does for its own stdio streams: exits when the client
 * closes stdin, and keeps console output off stdout, the protocol's channel.
 */
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
} from 'vscode-languageserver/node';
import { JSON_DECODER } from './messageDecoder';

/** The transport vscode-languageserver would pick from the command line (the first transport argument). */
export function isStdioTransport(argv: readonly string[]): boolean {
  return argv.find((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a)) === '--stdio';
}

export function createStdioConnection(options: ConnectionOptions): Connection {
  const reader = new StreamMessageReader(process.stdin, { charset: 'utf-8', contentTypeDecoder: JSON_DECODER });
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), options);
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = (): void => {
    connection.dispose();
    process.exit(shutdown ? 0 : 1);
  };
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  routeConsole(connection);
  return connection;
}

/** Every console method that writes to stdout writes to the client's log instead (stderr stays stderr). */
function routeConsole(connection: Connection): void {
  const log = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      connection.console.log(String(chunk).replace(/\n$/, ''));
      done();
    },
  });
  const routed = new Console({ stdout: log, stderr: process.stderr });
  const target = console as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(routed)) if (typeof method === 'function') target[name] = method;
}
