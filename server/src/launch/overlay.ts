/*
 * The execution overlay (server/src/debugProtocol.ts ExecutionOverlay): per-state facts of an
 * execution (visited, succeeded, failed, caught, retries, Map iterations, last input/output) and
 * the states frames are in now, computed from history events only. ONE module for the debugger's
 * live `aslExecution` events and `asl run --overlay-json`. Pure: no I/O, no DAP, no CLI.
 */
import type { ExecutionOverlay, ExecutionStatus, StateRunInfo, StateRunStatus } from '../debugProtocol';
import { STATE_FAILURE_EVENTS, type HistoryEvent } from '../interpreter/history';
import { payloadSize } from '../interpreter/limits';
import type { Json } from '../interpreter/value';

const PAYLOAD_CUT = 10_000;

interface StateFacts {
  status: StateRunStatus;
  entered: number;
  retries: number;
  /** Work starts (task scheduled, Parallel/Map started) in the current visit: the 2nd and later are retries. */
  startsThisVisit: number;
  /** The current visit failed (it is caught if the state still exits). */
  failedThisVisit: boolean;
  error?: string;
  input?: Json;
  output?: Json;
  /** Cut JSON text of `input` / `output`, computed once per value. */
  texts?: { input?: Json; inputText?: string; output?: Json; outputText?: string };
  map?: { total: number; succeeded: number; failed: number; active: number };
}

const WORK_STARTS = new Set<string>([
  'TaskScheduled',
  'LambdaFunctionScheduled',
  'ActivityScheduled',
  'ParallelStateStarted',
  'MapStateStarted',
]);
const END_STATUS: Partial<Record<string, ExecutionStatus>> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

/** Folds history events, one at a time, into an ExecutionOverlay. */
export class OverlayRecorder {
  private readonly states = new Map<string, StateFacts>();
  /** Frame label → the state it is in (entered, not yet left). */
  private readonly frameState = new Map<string, string>();
  private readonly path: string[] = [];
  private status: ExecutionStatus = 'RUNNING';

  constructor(
    private readonly definitionPath: string,
    private readonly source: ExecutionOverlay['source'],
  ) {}

  recordAll(events: Iterable<HistoryEvent>): this {
    for (const e of events) this.record(e);
    return this;
  }

  record(e: HistoryEvent): void {
    const type = e.type;
    if (type.endsWith('StateEntered')) this.entered(e);
    else if (type.endsWith('StateExited')) this.exited(e);
    else if (type.endsWith('StateAborted')) this.left(e.frame, 'failed');
    else if (WORK_STARTS.has(type)) this.workStarted(e);
    else if (STATE_FAILURE_EVENTS.has(type)) this.failed(e.frame, e.details.error);
    else if (type.startsWith('MapIteration')) this.iteration(e);
    else if (END_STATUS[type] !== undefined) this.ended(END_STATUS[type] as ExecutionStatus, e);
  }

  overlay(): ExecutionOverlay {
    const states: StateRunInfo[] = [];
    for (const [name, f] of this.states) states.push(info(name, f));
    return {
      definitionPath: this.definitionPath,
      source: this.source,
      status: this.status,
      states,
      current: [...new Set(this.frameState.values())],
      path: [...this.path],
    };
  }

  /** A Map state's iteration counts so far (for the debugger's call stack). */
  mapIterations(name: string): StateRunInfo['mapIterations'] {
    const map = this.states.get(name)?.map;
    return map === undefined ? undefined : { ...map };
  }

  private facts(name: string): StateFacts {
    let f = this.states.get(name);
    if (f === undefined) {
      f = { status: 'active', entered: 0, retries: 0, startsThisVisit: 0, failedThisVisit: false };
      this.states.set(name, f);
    }
    return f;
  }

  private entered(e: HistoryEvent): void {
    const name = e.details.name ?? '';
    const f = this.facts(name);
    f.entered++;
    f.status = 'active';
    f.startsThisVisit = 0;
    f.failedThisVisit = false;
    f.input = e.details.input;
    this.frameState.set(e.frame, name);
    if (e.frame === 'root') this.path.push(name);
    if (e.type === 'FailStateEntered') this.failed(e.frame, undefined);
  }

  private exited(e: HistoryEvent): void {
    const f = this.states.get(e.details.name ?? '');
    if (f === undefined) return;
    f.output = e.details.output;
    this.left(e.frame, f.failedThisVisit ? 'caught' : 'succeeded');
  }

  private left(frame: string, status: StateRunStatus): void {
    const name = this.frameState.get(frame);
    if (name === undefined) return;
    this.frameState.delete(frame);
    (this.states.get(name) as StateFacts).status = status;
    this.closeChildren(frame, name);
  }

  /** Branches / iterations of a Parallel or Map that is left: whatever they were in did not finish. */
  private closeChildren(frame: string, name: string): void {
    if (this.frameState.size === 0) return;
    const prefix = `${frame === 'root' ? '' : frame + '/'}${name}`;
    for (const child of [...this.frameState.keys()]) {
      if (child.startsWith(prefix + '/Branches[') || child.startsWith(prefix + '[')) this.left(child, 'failed');
    }
  }

  private workStarted(e: HistoryEvent): void {
    const f = this.currentFacts(e.frame);
    if (f === undefined) return;
    f.startsThisVisit++;
    if (f.startsThisVisit > 1) f.retries++;
    f.failedThisVisit = false;
    if (e.type === 'MapStateStarted') f.map = { total: e.details.length ?? 0, succeeded: 0, failed: 0, active: 0 };
  }

  private failed(frame: string, error: string | undefined): void {
    const f = this.currentFacts(frame);
    if (f === undefined) return;
    f.failedThisVisit = true;
    if (error !== undefined) f.error = error;
    this.closeChildren(frame, this.frameState.get(frame) as string);
  }

  private iteration(e: HistoryEvent): void {
    const map = this.states.get(e.details.name ?? '')?.map;
    if (map === undefined) return;
    if (e.type === 'MapIterationStarted') map.active++;
    else {
      map.active = Math.max(0, map.active - 1);
      if (e.type === 'MapIterationSucceeded') map.succeeded++;
      else map.failed++;
    }
  }

  /** The end: states still holding a failed visit failed; any other state still in flight was stopped. */
  private ended(status: ExecutionStatus, e: HistoryEvent): void {
    this.status = status;
    for (const frame of [...this.frameState.keys()]) {
      const f = this.currentFacts(frame) as StateFacts;
      if (f.failedThisVisit || status !== 'SUCCEEDED') {
        if (status === 'FAILED' && !f.failedThisVisit && frame === 'root' && e.details.error !== undefined)
          f.error = e.details.error;
        this.left(frame, 'failed');
      } else this.left(frame, 'succeeded');
    }
  }

  private currentFacts(frame: string): StateFacts | undefined {
    const name = this.frameState.get(frame);
    return name === undefined ? undefined : this.states.get(name);
  }
}

function info(name: string, f: StateFacts): StateRunInfo {
  return {
    name,
    status: f.status,
    entered: f.entered,
    retries: f.retries,
    ...(f.map === undefined ? {} : { mapIterations: { ...f.map } }),
    ...(f.error === undefined ? {} : { error: f.error }),
    ...(f.input === undefined ? {} : { input: textOf(f, 'input') }),
    ...(f.output === undefined ? {} : { output: textOf(f, 'output') }),
  };
}

/** The cut JSON text of the last input or output, serialised once per value. */
function textOf(f: StateFacts, which: 'input' | 'output'): string {
  const texts = (f.texts ??= {});
  const value = f[which] as Json;
  if (which === 'input') {
    if (texts.input !== value || texts.inputText === undefined) texts.inputText = cutJson(value, PAYLOAD_CUT);
    texts.input = value;
    return texts.inputText;
  }
  if (texts.output !== value || texts.outputText === undefined) texts.outputText = cutJson(value, PAYLOAD_CUT);
  texts.output = value;
  return texts.outputText;
}

/** JSON text of `value`, cut at `limit` characters (with '…') without serialising the rest. */
export function cutJson(value: Json, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string): boolean => {
    parts.push(text);
    length += text.length;
    return length <= limit;
  };
  const write = (v: Json): boolean => {
    if (v === null || typeof v !== 'object') return push(JSON.stringify(v) ?? 'null');
    if (payloadSize(v) <= limit - length) return push(JSON.stringify(v));
    if (Array.isArray(v)) {
      if (!push('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !push(',')) || !write(v[i])) return false;
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const k of Object.keys(v)) {
      if ((!first && !push(',')) || !push(JSON.stringify(k) + ':') || !write(v[k])) return false;
      first = false;
    }
    return push('}');
  };
  if (write(value)) return parts.join('');
  return parts.join('').slice(0, limit) + '…';
}

/** The overlay of a whole (finished or stopped) execution. */
export function overlayOf(
  events: Iterable<HistoryEvent>,
  definitionPath: string,
  source: ExecutionOverlay['source'],
): ExecutionOverlay {
  return new OverlayRecorder(definitionPath, source).recordAll(events).overlay();
}
