/*
 * What a debug session does with the history events: folds them into console lines as they come
 * and, only when asked (an overlay to send, a Map's counts to show), into the execution overlay.
 * A run streams at most CONSOLE_LINES lines per resume, then counts the rest (a 400,000-event loop
 * in the console helps nobody and costs more than the run). Used by the
 * session and by its benchmark, so that the bench measures the real per-event work. No DAP.
 */
import type { ExecutionOverlay } from '../debugProtocol';
import type { HistoryLog } from '../interpreter/history';
import { OverlayRecorder } from '../launch/overlay';
import { formatEvent } from './console';

export const CONSOLE_LINES = 5_000;

export class ExecutionFeed {
  private recorder: OverlayRecorder;
  private text = '';
  private lines = 0;
  private skipped = 0;
  /** Events of the execution already folded into the console. */
  private seen = 0;
  /** The execution's history as of the last sync, and how many of its events the overlay holds. */
  private log: HistoryLog | undefined = undefined;
  private recorded = 0;

  constructor(private readonly definitionPath: string) {
    this.recorder = new OverlayRecorder(definitionPath, 'debug');
  }

  /**
   * Catches up with the execution's first `count` events (read in place: only the events the
   * console lists are built). Called at stops, at the end and every 100 ms while running, so a
   * run between stops costs nothing per event here. The overlay catches up only when read.
   */
  sync(log: HistoryLog, count: number): void {
    if (count <= this.seen) return;
    const listed = Math.min(count, this.seen + Math.max(0, CONSOLE_LINES - this.lines));
    for (let i = this.seen; i < listed; i++) this.text += formatEvent(log, i);
    this.lines += listed - this.seen;
    this.skipped += count - listed;
    this.log = log;
    this.seen = count;
  }

  /** A new resume: the line budget starts again. */
  resumed(): void {
    this.lines = 0;
  }

  /** The console text gathered since the last call. */
  takeConsole(final: boolean): string {
    let out = this.text;
    this.text = '';
    if (this.skipped > 0 && final) {
      out += `      ... ${this.skipped.toLocaleString('en-US')} more events not listed (the console shows ${CONSOLE_LINES.toLocaleString('en-US')} per run; step or set breakpoints to see them)\n`;
      this.skipped = 0;
    }
    return out;
  }

  /** `inputOutput`: with each state's last input and output texts (only while a graph preview shows them). */
  overlay(inputOutput: boolean): ExecutionOverlay {
    return this.caughtUp().overlay(inputOutput);
  }

  mapCounts(state: string): NonNullable<ExecutionOverlay['states'][number]['mapIterations']> | undefined {
    return this.caughtUp().mapIterations(state);
  }

  /** The overlay recorder, caught up with the events synced so far. */
  private caughtUp(): OverlayRecorder {
    if (this.log !== undefined && this.recorded < this.seen)
      this.recorder.recordRange(this.log, this.recorded, this.seen);
    this.recorded = this.seen;
    return this.recorder;
  }

  /** The execution was replayed to an earlier point: the overlay is rebuilt from its first `count` events. */
  rewound(log: HistoryLog, count: number): void {
    this.recorder = new OverlayRecorder(this.definitionPath, 'debug').recordRange(log, 0, count);
    this.log = log;
    this.seen = count;
    this.recorded = count;
    this.text = '';
    this.skipped = 0;
  }
}
