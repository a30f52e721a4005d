/*
 * Malformed requests get a clear JSON-RPC error, never an internal one: vscode-languageserver
 * reads `params.workDoneToken` before our handlers run, so a `textDocument/*` request whose params
 * are not an object with `textDocument.uri` used to answer -32603 "Cannot read properties of null".
 * This message strategy sees each request first and routes such a request to a handler that
 * answers InvalidParams (-32602) naming what is missing. Knows no feature.
 */
import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy } from 'vscode-languageserver';

/** Internal: never sent by a client; the guard renames bad requests to it (same id). */
const INVALID_PARAMS = '$/aslStudio/invalidTextDocumentParams';

export const paramsGuard: MessageStrategy = {
  handleMessage(message, next) {
    if (Message.isRequest(message) && message.method.startsWith('textDocument/') && !hasDocumentUri(message.params)) {
      next({ ...message, method: INVALID_PARAMS, params: { method: message.method } } as Message);
      return;
    }
    next(message);
  },
};

export function registerParamsGuard(connection: Connection): void {
  connection.onRequest(INVALID_PARAMS, (p: { method: string }) => {
    return new ResponseError(
      ErrorCodes.InvalidParams,
      `${p.method} needs params that are an object with textDocument.uri (a string)`,
    );
  });
}

function hasDocumentUri(params: unknown): boolean {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return false;
  const doc = (params as { textDocument?: unknown }).textDocument;
  return doc !== null && typeof doc === 'object' && typeof (doc as { uri?: unknown }).uri === 'string';
}
