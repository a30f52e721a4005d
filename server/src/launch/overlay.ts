/*
 * The execution overlay (server/src/debugProtocol.ts ExecutionOverlay): per-state facts of an
 * execution (visited, succeeded, failed, caught, retries, Map iterations, last input/output) and
 * the states frames are in now, computed from history events only. ONE module for the debugger's
 * live `aslExecution` events and `asl run --overlay-json`. Pure: no I/O, no DAP, no CLI.
 */
import type { ExecutionOverlay, ExecutionStatus, StateRunInfo, StateRunStatus } from '../debugProtocol';
import {
  STATE_ENTERED_EVENTS,
  STATE_FAILURE_EVENTS,
  type HistoryEvent,
  type HistoryEventType,
} from '../interpreter/history';
import { payloadSize } from '../interpreter/limits';
import { DistributedRuns } from './mapRuns';
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
  /** The current visit started branches or iterations (a Parallel or Map): only then can it have child frames. */
  parentThisVisit: boolean;
  error?: string;
  /** Where the last visit's input / output is: read only when the overlay is built (no per-event work). */
  inputFrom?: EventSource;
  inputAt: number;
  outputFrom?: EventSource;
  outputAt: number;
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

/**
 * History events read by index: the interpreter's HistoryLog (columns, no object per event) or an
 * array of events. The overlay reads type, name and frame of every event, and builds only the
 * rare ones it needs whole (work starts, failures, Map iterations, the end).
 */
export interface EventSource {
  typeAt(index: number): HistoryEventType;
  nameAt(index: number): string | undefined;
  frameAt(index: number): string;
  get(index: number): HistoryEvent;
  /** `get(index).details.input` / `.output`, read without building the event. */
  inputOf(index: number): Json | undefined;
  outputOf(index: number): Json | undefined;
}

/** An array of events as an EventSource. */
export function arraySource(events: readonly HistoryEvent[]): EventSource {
  return {
    typeAt: (i) => events[i].type,
    nameAt: (i) => events[i].details.name,
    frameAt: (i) => events[i].frame,
    get: (i) => events[i],
    inputOf: (i) => events[i].details.input,
    outputOf: (i) => events[i].details.output,
  };
}

/** What an event means to the overlay (one lookup per event: the overlay reads every event of a run). */
const enum Kind {
  Other,
  Entered,
  Exited,
  Aborted,
  WorkStarted,
  Failed,
  Iteration,
  MapRunStarted,
  MapRunEnded,
  End,
}

const KINDS = new Map<string, Kind>();

function kindOf(type: HistoryEventType): Kind {
  let kind = KINDS.get(type);
  if (kind === undefined) {
    kind = classify(type);
    KINDS.set(type, kind);
  }
  return kind;
}

function classify(type: HistoryEventType): Kind {
  if (STATE_ENTERED_EVENTS.has(type)) return Kind.Entered;
  if (type.endsWith('StateExited')) return Kind.Exited;
  if (type.endsWith('StateAborted')) return Kind.Aborted;
  if (WORK_STARTS.has(type)) return Kind.WorkStarted;
  if (STATE_FAILURE_EVENTS.has(type)) return Kind.Failed;
  if (type.startsWith('MapIteration')) return Kind.Iteration;
  if (type === 'MapRunStarted') return Kind.MapRunStarted;
  if (type.startsWith('MapRun')) return Kind.MapRunEnded;
  return END_STATUS[type] === undefined ? Kind.Other : Kind.End;
}

/**
 * Frame label → the state it is in (entered, not yet left). A frame enters and leaves a state at
 * every state it runs: as Map entries set and deleted that churns the table (and the GC), so the
 * root frame's state is a field and every other frame keeps a slot, emptied when it leaves a state
 * and dropped in bulk once most slots are empty (finished branches and iterations).
 */
class FrameStates {
  private root: string | undefined = undefined;
  private readonly others = new Map<string, { name: string | undefined }>();
  /** Slots of `others` holding a state. */
  private busy = 0;

  get(label: string): string | undefined {
    return label === 'root' ? this.root : this.others.get(label)?.name;
  }

  has(label: string): boolean {
    return this.get(label) !== undefined;
  }

  set(label: string, name: string): void {
    if (label === 'root') {
      this.root = name;
      return;
    }
    let slot = this.others.get(label);
    if (slot === undefined) {
      slot = { name: undefined };
      this.others.set(label, slot);
    }
    if (slot.name === undefined) this.busy++;
    slot.name = name;
  }

  delete(label: string): void {
    if (label === 'root') {
      this.root = undefined;
      return;
    }
    const slot = this.others.get(label);
    if (slot?.name === undefined) return;
    slot.name = undefined;
    this.busy--;
    if (this.others.size > 4 * this.busy + 256) this.dropEmpty();
  }

  get size(): number {
    return this.busy + (this.root === undefined ? 0 : 1);
  }

  /** The labels of the frames in a state, the root first. */
  labels(): string[] {
    const labels = this.root === undefined ? [] : ['root'];
    for (const [label, slot] of this.others) if (slot.name !== undefined) labels.push(label);
    return labels;
  }

  /** The states frames are in, each once. */
  names(): string[] {
    const names = new Set<string>();
    if (this.root !== undefined) names.add(this.root);
    for (const slot of this.others.values()) if (slot.name !== undefined) names.add(slot.name);
    return [...names];
  }

  private dropEmpty(): void {
    for (const [label, slot] of this.others) if (slot.name === undefined) this.others.delete(label);
  }
}

/** Folds history events, one at a time, into an ExecutionOverlay. */
export class OverlayRecorder {
  private readonly states = new Map<string, StateFacts>();
  private readonly frameState = new FrameStates();
  private readonly path: string[] = [];
  private readonly mapRuns = new DistributedRuns();
  private status: ExecutionStatus = 'RUNNING';

  constructor(
    private readonly definitionPath: string,
    private readonly source: ExecutionOverlay['source'],
  ) {}

  recordAll(events: readonly HistoryEvent[]): this {
    return this.recordRange(arraySource(events), 0, events.length);
  }

  record(e: HistoryEvent): void {
    this.recordRange(arraySource([e]), 0, 1);
  }

  /** Records events `from` (inclusive) to `to` (exclusive) of `source`. */
  recordRange(source: EventSource, from: number, to: number): this {
    for (let i = from; i < to; i++) this.recordAt(source, i);
    return this;
  }

  private recordAt(source: EventSource, i: number): void {
    const type = source.typeAt(i);
    switch (kindOf(type)) {
      case Kind.Entered:
        return this.entered(source, i, type);
      case Kind.Exited:
        return this.exited(source, i);
      case Kind.Aborted:
        return this.left(source.frameAt(i), 'failed');
      case Kind.WorkStarted:
        return this.workStarted(source.get(i));
      case Kind.Failed:
        return this.failed(source.frameAt(i), source.get(i).details.error);
      case Kind.Iteration:
        return this.iteration(source.get(i));
      case Kind.MapRunStarted:
        return this.mapRunStarted(source.frameAt(i));
      case Kind.MapRunEnded:
        return this.mapRunEnded(source.frameAt(i));
      case Kind.End:
        return this.ended(END_STATUS[type] as ExecutionStatus, source.get(i));
      case Kind.Other:
        return;
    }
  }

  /**
   * The overlay so far. `inputOutput`: with each state's last input and output as cut JSON texts
   * (the part that costs: a debug session builds them only while a graph preview shows its definition).
   */
  overlay(inputOutput = true): ExecutionOverlay {
    this.mapRuns.refresh(this.inState);
    const states: StateRunInfo[] = [];
    const cut = inputOutput ? lastValueCut() : undefined;
    for (const [name, f] of this.states) states.push(info(name, f, cut));
    return {
      definitionPath: this.definitionPath,
      source: this.source,
      status: this.status,
      states,
      current: this.frameState.names(),
      path: this.path.slice(),
    };
  }

  /** A Map state's iteration counts so far (for the debugger's call stack). */
  mapIterations(name: string): StateRunInfo['mapIterations'] {
    this.mapRuns.refresh(this.inState);
    const map = this.states.get(name)?.map;
    return map === undefined ? undefined : { ...map };
  }

  private facts(name: string): StateFacts {
    let f = this.states.get(name);
    if (f === undefined) {
      // every field from the start: one object shape for all states (the per-event code stays monomorphic)
      f = {
        status: 'active',
        entered: 0,
        retries: 0,
        startsThisVisit: 0,
        failedThisVisit: false,
        parentThisVisit: false,
        error: undefined,
        inputFrom: undefined,
        inputAt: 0,
        outputFrom: undefined,
        outputAt: 0,
        texts: undefined,
        map: undefined,
      };
      this.states.set(name, f);
    }
    return f;
  }

  private entered(source: EventSource, i: number, type: HistoryEventType): void {
    const name = source.nameAt(i) ?? '';
    const frame = source.frameAt(i);
    const f = this.facts(name);
    f.entered++;
    f.status = 'active';
    f.startsThisVisit = 0;
    f.failedThisVisit = false;
    f.parentThisVisit = false;
    f.inputFrom = source;
    f.inputAt = i;
    this.frameState.set(frame, name);
    if (frame === 'root') this.path.push(name);
    this.mapRuns.entered(frame);
    if (type === 'FailStateEntered') this.failed(frame, undefined);
  }

  private exited(source: EventSource, i: number): void {
    const f = this.states.get(source.nameAt(i) ?? '');
    if (f === undefined) return;
    f.outputFrom = source;
    f.outputAt = i;
    const frame = source.frameAt(i);
    if (f.failedThisVisit) this.mapRuns.erred(frame, false);
    this.left(frame, f.failedThisVisit ? 'caught' : 'succeeded');
  }

  private left(frame: string, status: StateRunStatus): void {
    const name = this.frameState.get(frame);
    if (name === undefined) return;
    this.frameState.delete(frame);
    const f = this.states.get(name) as StateFacts;
    f.status = status;
    if (f.parentThisVisit) this.closeChildren(frame, name);
  }

  /** Branches / iterations of a Parallel or Map that is left: whatever they were in did not finish. */
  private closeChildren(frame: string, name: string): void {
    if (this.frameState.size === 0) return;
    const prefix = `${frame === 'root' ? '' : frame + '/'}${name}`;
    for (const child of this.frameState.labels()) {
      if (child.startsWith(prefix + '/Branches[') || child.startsWith(prefix + '[')) this.left(child, 'failed');
    }
  }

  private workStarted(e: HistoryEvent): void {
    const f = this.currentFacts(e.frame);
    if (f === undefined) return;
    f.startsThisVisit++;
    if (f.startsThisVisit > 1) f.retries++;
    f.failedThisVisit = false;
    if (e.type === 'ParallelStateStarted' || e.type === 'MapStateStarted') f.parentThisVisit = true;
    if (e.type === 'MapStateStarted') f.map = { total: e.details.length ?? 0, succeeded: 0, failed: 0, active: 0 };
  }

  private failed(frame: string, error: string | undefined): void {
    const f = this.currentFacts(frame);
    if (f === undefined) return;
    f.failedThisVisit = true;
    if (error !== undefined) f.error = error;
    this.mapRuns.erred(frame, true);
    if (f.parentThisVisit) this.closeChildren(frame, this.frameState.get(frame) as string);
  }

  private readonly inState = (label: string): boolean => this.frameState.has(label);

  /** A distributed Map's run: its children are counted from their frames (mapRuns.ts). */
  private mapRunStarted(frame: string): void {
    const f = this.currentFacts(frame);
    const name = this.frameState.get(frame);
    if (f === undefined || name === undefined) return;
    f.map ??= { total: 0, succeeded: 0, failed: 0, active: 0 };
    this.mapRuns.started(frame, name, f.map);
  }

  /** Children still in a state when the run ends are failed ones (stopped in a Fail state or an uncaught error). */
  private mapRunEnded(frame: string): void {
    const name = this.frameState.get(frame);
    if (name === undefined) return;
    for (const child of this.mapRuns.ended(frame, name, this.inState)) this.left(child, 'failed');
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
    for (const frame of this.frameState.labels()) {
      const f = this.currentFacts(frame);
      if (f === undefined) continue; // closed with its parent just now
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

function info(name: string, f: StateFacts, cut: ((value: Json) => string) | undefined): StateRunInfo {
  const out: { -readonly [K in keyof StateRunInfo]: StateRunInfo[K] } = {
    name,
    status: f.status,
    entered: f.entered,
    retries: f.retries,
  };
  if (f.map !== undefined) out.mapIterations = { ...f.map };
  if (f.error !== undefined) out.error = f.error;
  if (cut === undefined) return out;
  const input = f.inputFrom?.inputOf(f.inputAt);
  const output = f.outputFrom?.outputOf(f.outputAt);
  if (input !== undefined) out.input = textOf(f, 'input', input, cut);
  if (output !== undefined) out.output = textOf(f, 'output', output, cut);
  return out;
}

/**
 * cutJson with the last value remembered: a state's input is most often the output of the state
 * listed before it (values are immutable, so the same object has the same text).
 */
function lastValueCut(): (value: Json) => string {
  let last: Json | undefined = undefined;
  let text = '';
  return (value) => {
    if (value !== last || text === '') text = cutJson(value, PAYLOAD_CUT);
    last = value;
    return text;
  };
}

/** The cut JSON text of the last input or output, serialised once per value. */
function textOf(f: StateFacts, which: 'input' | 'output', value: Json, cut: (value: Json) => string): string {
  const texts = (f.texts ??= {});
  if (which === 'input') {
    if (texts.input !== value || texts.inputText === undefined) texts.inputText = cut(value);
    texts.input = value;
    return texts.inputText;
  }
  if (texts.output !== value || texts.outputText === undefined) texts.outputText = cut(value);
  texts.output = value;
  return texts.outputText;
}

/**
 * JSON text of `value`, cut at `limit` characters (then `more` is added) without serialising the
 * rest: a value that fits is serialised at once, a bigger one is written piece by piece until the limit.
 */
export function cutJson(value: Json, limit: number, more = '…'): string {
  const head = jsonHead(value, limit);
  return head.whole ? head.text : head.text + more;
}

/** The JSON text of a value (`whole`) or exactly its first characters. */
interface Head {
  readonly text: string;
  readonly whole: boolean;
}

/**
 * The longest head of a big object's JSON text written so far. Values are immutable and shared
 * (limits.ts memoises their sizes alike), so the states of a run passing one big payload along
 * serialise it once, and their cut texts share that one string (slices and concatenations, no copies).
 */
const heads = new WeakMap<object, Head>();

/** JSON.stringify(v) when it has at most `room` characters, else exactly its first `room`. */
function jsonHead(v: Json, room: number): Head {
  if (v === null || typeof v !== 'object') return headOf(JSON.stringify(v) ?? 'null', true, room);
  const known = heads.get(v);
  if (known !== undefined && (known.whole || known.text.length >= room)) return headOf(known.text, known.whole, room);
  // A value that surely fits is serialised at once (the UTF-8 size, memoised for big values, bounds the length).
  if (lengthBound(v, room) <= room || payloadSize(v) <= room) return { text: JSON.stringify(v), whole: true };
  const head = Array.isArray(v) ? arrayHead(v, room) : objectHead(v, room);
  heads.set(v, head);
  return head;
}

/**
 * At least the length of JSON.stringify(v), read without looking at characters: a string's text
 * is at most 6 characters per character plus quotes, a number's at most 24. Stops once past `room`.
 */
function lengthBound(v: Json, room: number): number {
  if (typeof v === 'string') return 6 * v.length + 2;
  if (v === null || typeof v !== 'object') return 24;
  let bound = 2;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && bound <= room; i++) bound += 1 + lengthBound(v[i], room - bound);
  } else {
    for (const k in v) {
      if (bound > room) break;
      bound += 6 * k.length + 4 + lengthBound(v[k], room - bound);
    }
  }
  return bound;
}

function headOf(text: string, whole: boolean, room: number): Head {
  return text.length <= room ? { text, whole } : { text: text.slice(0, room), whole: false };
}

function arrayHead(v: readonly Json[], room: number): Head {
  let text = '[';
  for (let i = 0; i < v.length; i++) {
    if (i > 0) text += ',';
    if (text.length >= room) return headOf(text, false, room);
    const item = jsonHead(v[i], room - text.length);
    text += item.text;
    if (!item.whole) return { text, whole: false };
  }
  return headOf(text + ']', true, room);
}

function objectHead(v: { readonly [key: string]: Json }, room: number): Head {
  let text = '{';
  for (const k in v) {
    if (v[k] === undefined) continue;
    text += (text.length > 1 ? ',' : '') + JSON.stringify(k) + ':';
    if (text.length >= room) return headOf(text, false, room);
    const value = jsonHead(v[k], room - text.length);
    text += value.text;
    if (!value.whole) return { text, whole: false };
  }
  return headOf(text + '}', true, room);
}

/** The overlay of a whole (finished or stopped) execution. */
export function overlayOf(
  events: readonly HistoryEvent[],
  definitionPath: string,
  source: ExecutionOverlay['source'],
): ExecutionOverlay {
  return new OverlayRecorder(definitionPath, source).recordAll(events).overlay();
}
