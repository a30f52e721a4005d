// Forwards the adapter's `aslExecution` custom events (server/src/debugProtocol.ts) of `asl` debug
// sessions to the ExecutionBus, and clears each session's overlays when the session ends. Knows
// nothing about who draws them.
import * as vscode from 'vscode';
import { ASL_DEBUG_TYPE, EXECUTION_EVENT } from '../../../server/src/debugProtocol';
import type { ExecutionBus } from '../executionBus';
import { asOverlay } from './overlay';

export function forwardSessionOverlays(bus: ExecutionBus, log: vscode.LogOutputChannel): vscode.Disposable {
  const pathsBySession = new Map<string, Set<string>>();
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
    for (const path of pathsBySession.get(session.id) ?? []) bus.clear(path);
    pathsBySession.delete(session.id);
  });
  return vscode.Disposable.from(received, ended);
}
