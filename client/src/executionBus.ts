/*
 * The extension's one channel for execution overlays: the debugger (debug sessions' `aslExecution`
 * custom events) and the Run State Machine command publish, the graph preview subscribes. Knows
 * nothing of either side; holds the latest overlay per definition file so a preview opened later
 * still draws it.
 */
import * as vscode from 'vscode';
import type { ExecutionOverlay } from '../../server/src/debugProtocol';

export interface OverlayChange {
  /** Absolute path of the definition file. */
  readonly definitionPath: string;
  /** The new overlay; undefined when it was cleared (session ended, document edited after a run). */
  readonly overlay?: ExecutionOverlay;
}

export class ExecutionBus implements vscode.Disposable {
  private readonly latest = new Map<string, ExecutionOverlay>();
  private readonly emitter = new vscode.EventEmitter<OverlayChange>();
  readonly onDidChange = this.emitter.event;

  publish(overlay: ExecutionOverlay): void {
    this.latest.set(overlay.definitionPath, overlay);
    this.emitter.fire({ definitionPath: overlay.definitionPath, overlay });
  }

  clear(definitionPath: string): void {
    if (!this.latest.delete(definitionPath)) return;
    this.emitter.fire({ definitionPath });
  }

  overlayFor(definitionPath: string): ExecutionOverlay | undefined {
    return this.latest.get(definitionPath);
  }

  dispose(): void {
    this.emitter.dispose();
    this.latest.clear();
  }
}
