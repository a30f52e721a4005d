/*
 * startServer(connection): the language server over any LSP connection (stdio, IPC, socket or
 * in-process streams). Declares the capabilities and lets each feature group register its one-line
 * handlers; all state lives in the ServerContext. Knows no transport and no VS Code.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'url';
import { getLanguageService } from '../service/languageService';
import { DocumentCache } from './documentCache';
import { CompletionPayloads, completionSupportOf, NO_COMPLETION_SUPPORT } from './completionPayload';
import type { ServerContext } from './context';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerSettings } from './settings';
import { registerNavigation } from './handlers/navigation';
import { registerEditing } from './handlers/editing';
import { registerCustom } from './handlers/custom';
import { registerLaunch } from './handlers/launch';
import { registerParamsGuard } from './paramsGuard';

export const CODE_ACTION_KINDS = ['quickfix', 'refactor.rewrite'];

export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  completionProvider: { triggerCharacters: ['"', '.', '$', ':'], resolveProvider: true },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  documentHighlightProvider: true,
  codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
};

/** Announced only to clients that pull diagnostics (they then get no publishDiagnostics). */
export const DIAGNOSTIC_PROVIDER = {
  identifier: 'asl-studio',
  interFileDependencies: false,
  workspaceDiagnostics: false,
};

export interface ServerOptions {
  /** Delay between the last change and the diagnostics push, in ms (default 200). */
  readonly diagnosticsDelay?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerContext {
  const service = getLanguageService();
  const cache = new DocumentCache((doc) => service.parse(doc));
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => cache.applyChanges(doc, changes, version),
  });
  const context: ServerContext = {
    connection,
    documents,
    cache,
    service,
    diagnosticsDelay: options.diagnosticsDelay ?? 200,
    diagnosticsMode: 'push',
    completionSupport: NO_COMPLETION_SUPPORT,
    completionPayloads: new CompletionPayloads(() => context.completionSupport),
    diagnosticsRefresh: false,
    workspaceFolders: [],
    ruleSettings: {},
    settingsGeneration: 0,
  };
  connection.onInitialize((params) => initialize(context, params));
  const refreshDiagnostics = registerDiagnostics(context);
  registerSettings(context, refreshDiagnostics);
  registerNavigation(context);
  registerEditing(context);
  registerCustom(context);
  registerLaunch(context);
  registerParamsGuard(connection);
  documents.listen(connection);
  return context;
}

function initialize(context: ServerContext, params: InitializeParams): InitializeResult {
  const pull = params.capabilities.textDocument?.diagnostic !== undefined;
  context.diagnosticsMode = pull ? 'pull' : 'push';
  context.completionSupport = completionSupportOf(params.capabilities);
  context.diagnosticsRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
  context.workspaceFolders = workspaceFolderPaths(params);
  const capabilities = pull ? { ...CAPABILITIES, diagnosticProvider: DIAGNOSTIC_PROVIDER } : CAPABILITIES;
  return { capabilities, serverInfo: { name: 'ASL Studio', version: '0.1.0' } };
}

/** The workspace folders (or the root) that are files, as paths. */
function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}
