/*
 * What every handler group shares: the connection, the open documents, the parse cache and the
 * language service. A plain object, no behaviour.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { AslTextDocument } from './textDocument';
import type { LanguageService } from '../service/languageService';
import type { DocumentCache } from './documentCache';
import type { AslDocument } from '../asl/types';
import type { CompletionPayloads, CompletionSupport } from './completionPayload';
import type { RuleSettings } from '../service/diagnostics';
import { companionKind } from './companionFiles';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<AslTextDocument>;
  readonly cache: DocumentCache;
  readonly service: LanguageService;
  /** Delay between the last change and the diagnostics push, in ms (setting `aslStudio.diagnostics.delay`). */
  diagnosticsDelay: number;
  /** Most state names in a completion list (setting `aslStudio.completion.maxStateNames`; undefined: the default). */
  maxStateNames?: number;
  /** Per-rule severity overrides (setting `aslStudio.diagnostics.rules`). */
  ruleSettings: RuleSettings;
  /** Bumped on every settings change, so pull results of the same document version differ afterwards. */
  settingsGeneration: number;
  /**
   * 'pull' when the client asks for diagnostics itself (LSP 3.17 textDocument/diagnostic; decided
   * at initialize), else 'push' (publishDiagnostics after each change).
   */
  diagnosticsMode: 'push' | 'pull';
  /** What the client accepts in completion lists (LSP 3.17 item defaults, lazy properties; decided at initialize). */
  completionSupport: CompletionSupport;
  readonly completionPayloads: CompletionPayloads;
  /** File-system paths of the workspace folders (initialize): where the template search stops. */
  workspaceFolders: string[];
  /** The pulling client accepts `workspace/diagnostic/refresh` (decided at initialize). */
  diagnosticsRefresh: boolean;
  /** Bumped when an open definition changes, so companion (mock) files' pull results differ afterwards. */
  definitionsGeneration: number;
}

/** The open definition and its (cached) model, or undefined for an unknown URI or a companion (mock) file. */
export function modelOf(ctx: ServerContext, uri: string): { doc: AslTextDocument; asl: AslDocument } | undefined {
  if (companionKind(uri) !== undefined) return undefined;
  const doc = ctx.documents.get(uri);
  return doc === undefined ? undefined : { doc, asl: ctx.cache.get(doc) };
}
