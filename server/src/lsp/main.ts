/*
 * Entry point of the language server (bundled to dist/server.js). Creates the connection for the
 * transport given on the command line (--stdio, --node-ipc, --socket=PORT) and starts the server.
 * Knows nothing of features; runs in any editor: `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { paramsGuard } from './paramsGuard';
import { createStdioConnection, isStdioTransport } from './stdioConnection';

// Without a transport argument, speak LSP over stdin/stdout (what most editors expect).
if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
const options = { messageStrategy: paramsGuard };
const connection = isStdioTransport(process.argv)
  ? createStdioConnection(options)
  : createConnection(ProposedFeatures.all, options);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
startServer(connection);
connection.listen();
