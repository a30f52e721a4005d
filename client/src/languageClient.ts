// Creates the LanguageClient for the bundled server (dist/server.js, Node IPC). Knows how to start
// and stop the server process and which documents it serves; knows nothing about ASL itself.
// Debug runs start the server with --inspect=6009 (launch config "Attach to Server").
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { serverDocumentSelector } from './languages';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';
import type { ServerState } from './serverState';

export const CLIENT_ID = 'aslStudio';
export const CLIENT_NAME = 'ASL Studio Language Server';

/** Port of the Node inspector in debug runs; keep in sync with .vscode/launch.json. */
export const SERVER_INSPECT_PORT = 6009;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  middleware: Middleware,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const flags = serverNodeFlags();
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: flags } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...flags, '--nolazy', `--inspect=${SERVER_INSPECT_PORT}`] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: serverDocumentSelector(serveToolkitLanguages()),
    outputChannel,
    synchronize: { configurationSection: CLIENT_ID },
    middleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** `aslStudio.server.nodeFlags`, or the measured defaults (SERVER_NODE_FLAGS) when unset or not a string list. */
function serverNodeFlags(): string[] {
  const flags = vscode.workspace.getConfiguration(CLIENT_ID).get<unknown>('server.nodeFlags');
  const valid = Array.isArray(flags) && flags.every((f) => typeof f === 'string');
  return valid ? [...(flags as string[])] : [...SERVER_NODE_FLAGS];
}

/** The `aslStudio.serveToolkitLanguages` setting (the Toolkit's `asl` / `asl-yaml` documents are served too). */
export function serveToolkitLanguages(): boolean {
  return vscode.workspace.getConfiguration(CLIENT_ID).get<boolean>('serveToolkitLanguages', true);
}

export function serverState(client: LanguageClient | undefined): ServerState {
  switch (client?.state) {
    case State.Running:
      return 'running';
    case State.Starting:
      return 'starting';
    default:
      return 'stopped';
  }
}
