/*
 * When the runner must stop at a state: line and function breakpoints with their conditions (over
 * the state's input, in its query language), hit counts and logpoints, and the exception mode.
 * Evaluates through evaluate.ts; knows nothing of DAP.
 */
import type { Execution } from '../interpreter/execution';
import type { HistoryEvent } from '../interpreter/history';
import { flattenSnapshot, type FrameSnapshot } from '../interpreter/snapshot';
import type { ActiveBreakpoint, Breakpoints } from './breakpoints';
import { evaluateCondition, interpolate, type EvalTarget } from './evaluate';
import type { BreakpointHit, StopPolicy } from './runner';

export type ExceptionMode = StopPolicy['exceptions'];

export class StatePolicy implements StopPolicy {
  constructor(
    private readonly breakpoints: Breakpoints,
    private readonly log: (text: string) => void,
    public exceptions: ExceptionMode,
  ) {}

  private exceptionRevision = 0;

  setExceptions(mode: ExceptionMode): void {
    if (mode !== this.exceptions) this.exceptionRevision++;
    this.exceptions = mode;
  }

  get revision(): number {
    return this.breakpoints.revision + this.exceptionRevision;
  }

  watchedStates(): ReadonlySet<string> {
    return this.breakpoints.states();
  }

  hasBreakpoint(state: string): boolean {
    return this.breakpoints.on(state).some((bp) => bp.logMessage === undefined);
  }

  breakpointAt(e: HistoryEvent, execution: Execution): Promise<BreakpointHit | undefined> | undefined {
    const list = this.breakpoints.on(e.details.name ?? '');
    return list.length === 0 ? undefined : this.check(list, e, execution);
  }

  private async check(
    list: readonly ActiveBreakpoint[],
    e: HistoryEvent,
    execution: Execution,
  ): Promise<BreakpointHit | undefined> {
    const target = targetOf(execution, e.frame);
    const hits: ActiveBreakpoint[] = [];
    for (const bp of list) if (await this.hit(bp, target)) hits.push(bp);
    if (hits.length === 0) return undefined;
    const reason = hits.some((bp) => bp.kind === 'line') ? 'breakpoint' : 'function breakpoint';
    return { reason, ids: hits.map((bp) => bp.id) };
  }

  /** True when the breakpoint stops here; a logpoint prints instead; a broken condition stops and says why. */
  private async hit(bp: ActiveBreakpoint, target: EvalTarget | undefined): Promise<boolean> {
    if (bp.condition !== undefined && target !== undefined) {
      const ok = await evaluateCondition(bp.condition, target);
      if (typeof ok !== 'boolean') {
        this.log(`Breakpoint condition "${bp.condition}" on "${bp.state}" failed: ${ok.error}\n`);
        return true;
      }
      if (!ok) return false;
    }
    bp.hits++;
    if (bp.hitTest !== undefined && !bp.hitTest(bp.hits)) return false;
    if (bp.logMessage === undefined) return true;
    this.log((target === undefined ? bp.logMessage : await interpolate(bp.logMessage, target)) + '\n');
    return false;
  }
}

/** What expressions see in a frame: the state input, variables and context (undefined when it is gone). */
export function targetOf(execution: Execution, label: string): EvalTarget | undefined {
  const root = execution.snapshot();
  const s = root === undefined ? undefined : flattenSnapshot(root).find((f) => f.label === label);
  return s === undefined ? undefined : targetFromSnapshot(s);
}

export function targetFromSnapshot(s: FrameSnapshot, errorOutput?: EvalTarget['errorOutput']): EvalTarget {
  return { input: s.input, variables: s.variables, context: s.context, queryLanguage: s.queryLanguage, errorOutput };
}
