/*
 * Handlers of the custom requests declared in ../../protocol.ts (asl/stateGraph).
 */
import { StateGraphRequest } from '../../protocol';
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
}
