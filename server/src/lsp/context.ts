/*
 * What every handler group shares: the connection, the open documents, the parse cache and the
 * language service. A plain object, no behaviour.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { DocumentCache } from './documentCache';
import type { AslDocument } from '../asl/types';
import type { CompletionPayloads, CompletionSupport } from './completionPayload';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: DocumentCache;
  readonly service: LanguageService;
  readonly diagnosticsDelay: number;
  /**
   * 'pull' when the client asks for diagnostics itself (LSP 3.17 textDocument/diagnostic; decided
   * at initialize), else 'push' (publishDiagnostics after each change).
   */
  diagnosticsMode: 'push' | 'pull';
  /** What the client accepts in completion lists (LSP 3.17 item defaults, lazy properties; decided at initialize). */
  completionSupport: CompletionSupport;
  readonly completionPayloads: CompletionPayloads;
}

/** The open document and its (cached) model, or undefined for an unknown URI. */
export function modelOf(ctx: ServerContext, uri: string): { doc: TextDocument; asl: AslDocument } | undefined {
  const doc = ctx.documents.get(uri);
  return doc === undefined ? undefined : { doc, asl: ctx.cache.get(doc) };
}
