// Forwards the adapter's `aslExecution` custom events (server/src/debugProtocol.ts) of `asl` debug
// sessions to the ExecutionBus, clears each session's overlays when the session ends, and tells each
// session which definition files a graph preview shows (its overlays carry inputs and outputs only
// for those). Knows nothing about who draws them.
import * as vscode from 'vscode';
import {
  ASL_DEBUG_TYPE,
  EXECUTION_EVENT,
  PREVIEWED_DEFINITIONS_REQUEST,
  type PreviewedDefinitionsArguments,
} from '../../../server/src/debugProtocol';
import type { ExecutionBus } from '../executionBus';
import { asOverlay } from './overlay';

export function forwardSessionOverlays(bus: ExecutionBus, log: vscode.LogOutputChannel): vscode.Disposable {
  const pathsBySession = new Map<string, Set<string>>();
  const live = new Map<string, vscode.DebugSession>();
  const tell = (session: vscode.DebugSession, paths: readonly string[]) => {
    const args: PreviewedDefinitionsArguments = { paths };
    session.customRequest(PREVIEWED_DEFINITIONS_REQUEST, args).then(undefined, (error: unknown) => {
      if (live.has(session.id))
        log.warn(`debug session "${session.name}": ${PREVIEWED_DEFINITIONS_REQUEST}: ${String(error)}`);
    });
  };
  const started = vscode.debug.onDidStartDebugSession((session) => {
    if (session.type !== ASL_DEBUG_TYPE) return;
    live.set(session.id, session);
    tell(session, bus.shownPaths);
  });
  const shown = bus.onDidChangeShown((paths) => {
    for (const session of live.values()) tell(session, paths);
  });
  const received = vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
    if (e.session.type !== ASL_DEBUG_TYPE || e.event !== EXECUTION_EVENT) return;
    const overlay = asOverlay((e.body as { overlay?: unknown } | undefined)?.overlay);
    if (overlay === undefined) {
      log.error(
        `debug session "${e.session.name}" sent a malformed ${EXECUTION_EVENT} event: ${JSON.stringify(e.body)}`,
      );
      return;
    }
    const paths = pathsBySession.get(e.session.id) ?? new Set<string>();
    pathsBySession.set(e.session.id, paths.add(overlay.definitionPath));
    bus.publish(overlay);
  });
  const ended = vscode.debug.onDidTerminateDebugSession((session) => {
    live.delete(session.id);
    for (const path of pathsBySession.get(session.id) ?? []) bus.clear(path);
    pathsBySession.delete(session.id);
  });
  return vscode.Disposable.from(started, shown, received, ended);
}
