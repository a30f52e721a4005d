/*
 * One model per document version, shared by diagnostics, completion, hover, navigation, code
 * actions and the graph preview. The edits of each didChange are recorded as offsets
 * (applyChanges), so the next model is the previous one updated in place (asl/incremental.ts)
 * rather than a fresh parse, and each document keeps a DiagnosticsSession that re-checks only the
 * states that changed; the diagnostics of a version are computed once per settings generation.
 * Entries live while the document is open.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { AslTextDocument } from './textDocument';
import type { AslDocument } from '../asl/types';
import { updateAsl, type TextEdit } from '../asl/incremental';
import { DiagnosticsSession } from '../service/diagnostics/session';
import type { AslDiagnostic } from '../service/diagnostics/types';
import type { DiagnosticsOptions } from '../service/diagnostics';

interface Entry {
  readonly version: number;
  readonly languageId: string;
  readonly asl: AslDocument;
  readonly session: DiagnosticsSession;
  diagnostics?: AslDiagnostic[];
  /** The settings generation the diagnostics were computed under. */
  diagnosticsGeneration?: number;
}

/** The edits that lead from version `from` to version `to` of a document. */
interface Pending {
  readonly from: number;
  to: number;
  readonly edits: TextEdit[];
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Pending>();
  /** Models built (full parses and incremental updates), for tests. */
  parses = 0;
  /** Of those, the ones built by updating the previous version's model. */
  updates = 0;

  constructor(private readonly parse: (textDocument: AslTextDocument) => AslDocument) {}

  get(textDocument: AslTextDocument): AslDocument {
    return this.entry(textDocument).asl;
  }

  /**
   * The diagnostics of the document's current version under settings `generation` (ServerContext.
   * settingsGeneration): computed at most once per version and generation, re-checking only the
   * states that changed since the last computation (shared by the diagnostics handlers and the
   * graph preview).
   */
  diagnostics(textDocument: AslTextDocument, generation: number, options: DiagnosticsOptions = {}): AslDiagnostic[] {
    const entry = this.entry(textDocument);
    if (entry.diagnostics === undefined || entry.diagnosticsGeneration !== generation) {
      entry.diagnostics = entry.session.diagnose(entry.asl, options);
      entry.diagnosticsGeneration = generation;
    }
    return entry.diagnostics;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
  }

  /**
   * TextDocuments' update hook: applies a didChange's changes one by one, recording each as offsets
   * into the text before it, so that get() can update the model instead of parsing again.
   */
  applyChanges(document: AslTextDocument, changes: TextDocumentContentChangeEvent[], version: number): AslTextDocument {
    const from = document.version;
    const edits: TextEdit[] = [];
    for (const change of changes) {
      edits.push(editOf(document, change));
      document.update([change], version);
    }
    this.record(document.uri, from, version, edits);
    return document;
  }

  private record(uri: string, from: number, to: number, edits: TextEdit[]): void {
    const pending = this.pending.get(uri);
    if (pending !== undefined && pending.to === from) {
      pending.edits.push(...edits);
      pending.to = to;
    } else this.pending.set(uri, { from, to, edits });
  }

  private entry(textDocument: AslTextDocument): Entry {
    const { uri, version, languageId } = textDocument;
    const entry = this.entries.get(uri);
    if (entry !== undefined && entry.version === version && entry.languageId === languageId) return entry;
    const pending = this.pending.get(uri);
    this.pending.delete(uri);
    const updatable = entry !== undefined && entry.languageId === languageId && pending?.from === entry.version;
    const asl =
      updatable && pending.to === version
        ? this.update(entry.asl, pending.edits, textDocument)
        : this.fresh(textDocument);
    const session = updatable ? entry.session : new DiagnosticsSession();
    const next = { version, languageId, asl, session };
    this.entries.set(uri, next);
    return next;
  }

  private update(previous: AslDocument, edits: readonly TextEdit[], textDocument: AslTextDocument): AslDocument {
    let asl = previous;
    for (let i = 0; i < edits.length; i++)
      asl = updateAsl(asl, edits[i], i === edits.length - 1 ? textDocument.source : undefined);
    this.parses++;
    this.updates++;
    return asl;
  }

  private fresh(textDocument: AslTextDocument): AslDocument {
    this.entries.delete(textDocument.uri); // the stale model is garbage before the new one is built
    this.parses++;
    return this.parse(textDocument);
  }
}

/** A change as offsets into the text before it (a reversed range is read as TextDocument.update reads it). */
function editOf(document: AslTextDocument, change: TextDocumentContentChangeEvent): TextEdit {
  if (!('range' in change)) return { start: 0, end: document.source.length, text: change.text };
  const a = document.offsetAt(change.range.start);
  const b = document.offsetAt(change.range.end);
  return { start: Math.min(a, b), end: Math.max(a, b), text: change.text };
}
