/*
 * Parse once per document version: the AslDocument of each open document, shared by diagnostics,
 * completion, hover, navigation and code actions, and its diagnostics once computed (shared by the
 * diagnostics handlers and the graph preview). Entries live while the document is open.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AslDocument } from '../asl/types';
import type { AslDiagnostic } from '../service/diagnostics/types';

interface Entry {
  readonly version: number;
  readonly languageId: string;
  readonly asl: AslDocument;
  diagnostics?: AslDiagnostic[];
  /** The settings generation the diagnostics were computed under. */
  diagnosticsGeneration?: number;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  /** Number of parses done, for tests. */
  parses = 0;

  constructor(private readonly parse: (textDocument: TextDocument) => AslDocument) {}

  get(textDocument: TextDocument): AslDocument {
    const entry = this.entries.get(textDocument.uri);
    if (entry !== undefined && entry.version === textDocument.version && entry.languageId === textDocument.languageId)
      return entry.asl;
    this.entries.delete(textDocument.uri); // the stale model is garbage before the new one is built
    const asl = this.parse(textDocument);
    this.parses++;
    this.entries.set(textDocument.uri, { version: textDocument.version, languageId: textDocument.languageId, asl });
    return asl;
  }

  /**
   * The diagnostics of the document's current version under settings `generation` (ServerContext.
   * settingsGeneration), computed by `compute` at most once per version and generation.
   */
  diagnostics(
    textDocument: TextDocument,
    generation: number,
    compute: (asl: AslDocument) => AslDiagnostic[],
  ): AslDiagnostic[] {
    const asl = this.get(textDocument);
    const entry = this.entries.get(textDocument.uri);
    if (entry === undefined) return compute(asl);
    if (entry.diagnostics === undefined || entry.diagnosticsGeneration !== generation) {
      entry.diagnostics = compute(asl);
      entry.diagnosticsGeneration = generation;
    }
    return entry.diagnostics;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets the model of an older version at once (a change arrived): it can be collected while the server idles. */
  dropStale(textDocument: TextDocument): void {
    const entry = this.entries.get(textDocument.uri);
    if (entry !== undefined && entry.version !== textDocument.version) this.entries.delete(textDocument.uri);
  }
}
