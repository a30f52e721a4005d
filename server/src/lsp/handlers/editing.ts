/*
 * Editing handlers: completion (and its resolve), hover, code actions, document and range formatting.
 * One line each: model from the cache, call the service, inside runSafe.
 */
import type { CompletionList } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { runSafe } from '../runSafe';
import { withModel } from './navigation';
import { companionKind } from '../companionFiles';
import { companionCompletion } from './companions';
import { placeholderLookup } from '../templates';

export function registerEditing(ctx: ServerContext): void {
  const { connection, service } = ctx;
  const log = connection.console;
  const emptyList: CompletionList = { isIncomplete: false, items: [] };
  connection.onCompletion((p, token) =>
    runSafe(log, 'completion', emptyList, token, () => {
      const companion =
        companionKind(p.textDocument.uri) === undefined ? undefined : ctx.documents.get(p.textDocument.uri);
      if (companion !== undefined) return companionCompletion(ctx, companion, p.position);
      return withModel(ctx, p.textDocument.uri, emptyList, (m) =>
        ctx.completionPayloads.compact(
          service.doComplete(m.doc, m.asl, p.position, { maxStateNames: ctx.maxStateNames }),
        ),
      );
    }),
  );
  connection.onCompletionResolve((item, token) =>
    runSafe(log, 'completionResolve', item, token, () => ctx.completionPayloads.resolve(item)),
  );
  connection.onHover((p, token) =>
    runSafe(log, 'hover', null, token, () =>
      withModel(ctx, p.textDocument.uri, null, (m) =>
        service.doHover(m.doc, m.asl, p.position, placeholderLookup(p.textDocument.uri, ctx.workspaceFolders)),
      ),
    ),
  );
  connection.onCodeAction((p, token) =>
    runSafe(log, 'codeAction', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) =>
        service.getCodeActions(m.doc, m.asl, {
          range: p.range,
          diagnostics: p.context.diagnostics,
          only: p.context.only,
        }),
      ),
    ),
  );
  connection.onDocumentFormatting((p, token) =>
    runSafe(log, 'formatting', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) => service.format(m.doc, m.asl, p.options)),
    ),
  );
  connection.onDocumentRangeFormatting((p, token) =>
    runSafe(log, 'rangeFormatting', [], token, () =>
      withModel(ctx, p.textDocument.uri, [], (m) => service.format(m.doc, m.asl, p.options, p.range)),
    ),
  );
}
