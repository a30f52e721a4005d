/*
 * The language service façade: every ASL feature as a pure function over (TextDocument, AslDocument,
 * ...) returning LSP types. The LSP glue (lsp/) and the benchmarks call features through this one
 * object. Knows nothing of connections, processes or VS Code.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../asl/parse';
import type { AslDocument, SourceFormat } from '../asl/types';
import { computeDiagnostics } from './diagnostics';
import { doComplete } from './completion';
import { doHover } from './hover';
import { findDefinition } from './definition';
import { findReferences } from './references';
import { doRename, prepareRename } from './rename';
import { findDocumentSymbols } from './documentSymbols';
import { getFoldingRanges } from './folding';
import { findDocumentHighlights } from './highlights';
import { getCodeActions } from './codeActions';
import { format } from './formatting';
import { stateGraph } from './navigation/stateGraph';
import { previewGraphWire } from './preview/previewGraph';
import { documentSummary } from './navigation/documentSummary';

/** JSON or YAML, from the editor's language id (any id containing 'yaml') or the file name. */
export function formatOf(textDocument: Pick<TextDocument, 'languageId' | 'uri'>): SourceFormat {
  if (/yaml/i.test(textDocument.languageId)) return 'yaml';
  return /\.ya?ml$/i.test(textDocument.uri) ? 'yaml' : 'json';
}

export function parseDocument(textDocument: TextDocument): AslDocument {
  return parseAsl(textDocument.getText(), formatOf(textDocument));
}

export interface LanguageService {
  readonly parse: typeof parseDocument;
  readonly doValidation: typeof computeDiagnostics;
  readonly doComplete: typeof doComplete;
  readonly doHover: typeof doHover;
  readonly findDefinition: typeof findDefinition;
  readonly findReferences: typeof findReferences;
  readonly prepareRename: typeof prepareRename;
  readonly doRename: typeof doRename;
  readonly findDocumentSymbols: typeof findDocumentSymbols;
  readonly getFoldingRanges: typeof getFoldingRanges;
  readonly findDocumentHighlights: typeof findDocumentHighlights;
  readonly getCodeActions: typeof getCodeActions;
  readonly format: typeof format;
  readonly stateGraph: typeof stateGraph;
  readonly previewGraphWire: typeof previewGraphWire;
  readonly documentSummary: typeof documentSummary;
}

export function getLanguageService(): LanguageService {
  return {
    parse: parseDocument,
    doValidation: computeDiagnostics,
    doComplete,
    doHover,
    findDefinition,
    findReferences,
    prepareRename,
    doRename,
    findDocumentSymbols,
    getFoldingRanges,
    findDocumentHighlights,
    getCodeActions,
    format,
    stateGraph,
    previewGraphWire,
    documentSummary,
  };
}
