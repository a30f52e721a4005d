/*
 * The extension's one channel for execution overlays: the debugger (debug sessions' `aslExecution`
 * custom events) and the Run State Machine command publish, the graph preview subscribes. Knows
 * nothing of either side; holds the latest overlay per definition file so a preview opened later
 * still draws it, and which definition files a preview shows (a debug session puts the states'
 * inputs and outputs into its overlays only for those).
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
  private shown: readonly string[] = [];
  private readonly shownEmitter = new vscode.EventEmitter<readonly string[]>();
  /** The definition files the graph previews show changed (the new list). */
  readonly onDidChangeShown = this.shownEmitter.event;

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

  /** The definition files (absolute paths) the graph previews show now. */
  get shownPaths(): readonly string[] {
    return this.shown;
  }

  setShown(paths: readonly string[]): void {
    const sorted = [...new Set(paths)].sort();
    if (sorted.length === this.shown.length && sorted.every((p, i) => p === this.shown[i])) return;
    this.shown = sorted;
    this.shownEmitter.fire(sorted);
  }

  dispose(): void {
    this.emitter.dispose();
    this.shownEmitter.dispose();
    this.latest.clear();
  }
}
