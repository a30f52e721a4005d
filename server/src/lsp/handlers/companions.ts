/*
 * Diagnostics and completion of companion files (mock files beside a definition): the file's own
 * model from the cache, the definitions beside it from companionFiles.ts, the checks from
 * service/companions/. Called by the diagnostics and completion handlers for companion URIs.
 */
import type { CompletionList, Diagnostic, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mockFileCompletion } from '../../service/companions/mockCompletion';
import { mockFileDiagnostics } from '../../service/companions/mockDiagnostics';
import { definitionsBeside } from '../companionFiles';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';

export function companionDiagnostics(ctx: ServerContext, doc: TextDocument): Diagnostic[] {
  const findings = mockFileDiagnostics(ctx.cache.get(doc), definitionsBeside(ctx, doc));
  return findings.map((d) => toDiagnostic(doc, d));
}

export function companionCompletion(ctx: ServerContext, doc: TextDocument, position: Position): CompletionList {
  return mockFileCompletion(doc, ctx.cache.get(doc), position, definitionsBeside(ctx, doc));
}
