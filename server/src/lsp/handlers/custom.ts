/*
 * Handlers of the custom requests declared in ../../protocol.ts (asl/stateGraph, asl/previewGraph,
 * asl/documentSummary).
 * The preview's answer is kept per document version, so a repeated request costs a map lookup.
 */
import {
  DocumentSummaryRequest,
  PreviewGraphRequest,
  StateGraphRequest,
  type PreviewGraphParams,
  type PreviewGraphWireResult,
} from '../../protocol';
import { previewAnswer } from '../../service/preview/previewResult';
import type { ServerContext } from '../context';
import { runSafe } from '../runSafe';
import { withModel } from './navigation';

export function registerCustom(ctx: ServerContext): void {
  const empty = { nodes: [], edges: [] };
  ctx.connection.onRequest(StateGraphRequest, (p, token) =>
    runSafe(ctx.connection.console, 'stateGraph', empty, token, () =>
      withModel(ctx, p.textDocument.uri, empty, (m) => ctx.service.stateGraph(m.doc, m.asl)),
    ),
  );
  ctx.connection.onRequest(DocumentSummaryRequest, (p, token) =>
    runSafe(ctx.connection.console, 'documentSummary', null, token, () =>
      withModel(ctx, p.textDocument.uri, null, (m) => ctx.service.documentSummary(m.asl)),
    ),
  );
  const answerPreview = previewAnswerer(ctx);
  ctx.documents.onDidClose((e) => answerPreview.forget(e.document.uri));
  ctx.connection.onRequest(PreviewGraphRequest, (p, token) =>
    runSafe(ctx.connection.console, 'previewGraph', null, token, () => answerPreview.answer(p)),
  );
}

/** Answers asl/previewGraph from a per-document cache of the last version's encoded graph and hash. */
function previewAnswerer(ctx: ServerContext) {
  /* keyed by version and settings generation: rule severity settings change the graph's severities */
  const last = new Map<
    string,
    { version: number; generation: number; result: Extract<PreviewGraphWireResult, { unchanged: false }> }
  >();
  const build = (uri: string) =>
    withModel(ctx, uri, undefined, (m) => {
      const generation = ctx.settingsGeneration;
      const diagnostics = ctx.cache.diagnostics(m.doc, generation, { ruleSettings: ctx.ruleSettings });
      const result = previewAnswer(ctx.service.previewGraphWire(m.doc, m.asl, diagnostics), m.doc.version);
      return { version: m.doc.version, generation, result };
    });
  return {
    forget: (uri: string) => last.delete(uri),
    answer(p: PreviewGraphParams): PreviewGraphWireResult | null {
      const doc = ctx.documents.get(p.textDocument.uri);
      if (doc === undefined) return null;
      let entry = last.get(doc.uri);
      if (entry === undefined || entry.version !== doc.version || entry.generation !== ctx.settingsGeneration) {
        entry = build(doc.uri);
        if (entry === undefined) return null;
        last.set(doc.uri, entry);
      }
      const { hash } = entry.result;
      return p.knownHash === hash ? { unchanged: true, hash } : entry.result;
    },
  };
}
