/*
 * Navigation handlers: definition, references, document highlights, document symbols, folding,
 * prepareRename and rename. One line each: model from the cache, call the service, inside runSafe.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { modelOf, type ServerContext } from '../context';
import { runSafe } from '../runSafe';

export function registerNavigation(ctx: ServerContext): void {
  const { connection, service } = ctx;
  const log = connection.console;
  connection.onDefinition((p, token) =>
    runSafe(log, 'definition', null, token, () =>
      withModel(ctx, p.textDocument.uri, null, (m) => service.findDefinition(m.doc, m.asl, p.position)),
    ),
  );
  connection.onReferences((p, token) =>
    runSafe(log, 'references', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) =>
        service.findReferences(m.doc, m.asl, p.position, p.context.includeDeclaration),
      ),
    ),
  );
  connection.onDocumentHighlight((p, token) =>
    runSafe(log, 'highlights', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) => service.findDocumentHighlights(m.doc, m.asl, p.position)),
    ),
  );
  connection.onDocumentSymbol((p, token) =>
    runSafe(log, 'documentSymbol', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) => service.findDocumentSymbols(m.doc, m.asl)),
    ),
  );
  connection.onFoldingRanges((p, token) =>
    runSafe(log, 'foldingRange', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) => service.getFoldingRanges(m.doc, m.asl)),
    ),
  );
  connection.onPrepareRename((p, token) =>
    runSafe(log, 'prepareRename', null, token, () =>
      withModel(ctx, p.textDocument.uri, null, (m) => service.prepareRename(m.doc, m.asl, p.position)),
    ),
  );
  connection.onRenameRequest((p, token) => {
    const result = runSafe(log, 'rename', null, token, () =>
      withModel(ctx, p.textDocument.uri, null, (m) => service.doRename(m.doc, m.asl, p.position, p.newName)),
    );
    if (result !== null && 'error' in result) return new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return result?.edit ?? null;
  });
}

/** Runs `f` on the open document's model, or returns `fallback` for an unknown document. */
export function withModel<T>(
  ctx: ServerContext,
  uri: string,
  fallback: T,
  f: (m: NonNullable<ReturnType<typeof modelOf>>) => T,
): T {
  const model = modelOf(ctx, uri);
  return model === undefined ? fallback : f(model);
}
