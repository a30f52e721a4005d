/*
 * Execution history events, named and shaped like GetExecutionHistory (HistoryEvent: id,
 * previousEventId, timestamp, type, one ...EventDetails). Payloads are kept as JSON values (not
 * strings) so that recording costs nothing; toAwsHistory() renders the exact AWS string form.
 */
import type { Json } from './value';

export type HistoryEventType =
  | 'ExecutionStarted'
  | 'ExecutionSucceeded'
  | 'ExecutionFailed'
  | 'ExecutionAborted'
  | 'ExecutionTimedOut'
  | 'PassStateEntered'
  | 'PassStateExited'
  | 'TaskStateEntered'
  | 'TaskStateExited'
  | 'TaskStateAborted'
  | 'ChoiceStateEntered'
  | 'ChoiceStateExited'
  | 'WaitStateEntered'
  | 'WaitStateExited'
  | 'WaitStateAborted'
  | 'SucceedStateEntered'
  | 'SucceedStateExited'
  | 'FailStateEntered'
  | 'ParallelStateEntered'
  | 'ParallelStateExited'
  | 'ParallelStateAborted'
  | 'ParallelStateStarted'
  | 'ParallelStateSucceeded'
  | 'ParallelStateFailed'
  | 'MapStateEntered'
  | 'MapStateExited'
  | 'MapStateAborted'
  | 'MapStateStarted'
  | 'MapStateSucceeded'
  | 'MapStateFailed'
  | 'MapIterationStarted'
  | 'MapIterationSucceeded'
  | 'MapIterationFailed'
  | 'MapIterationAborted'
  | 'MapRunStarted'
  | 'MapRunSucceeded'
  | 'MapRunFailed'
  | 'MapRunAborted'
  | 'TaskScheduled'
  | 'TaskStarted'
  | 'TaskSubmitted'
  | 'TaskSucceeded'
  | 'TaskFailed'
  | 'TaskTimedOut'
  | 'LambdaFunctionScheduled'
  | 'LambdaFunctionStarted'
  | 'LambdaFunctionSucceeded'
  | 'LambdaFunctionFailed'
  | 'LambdaFunctionTimedOut'
  | 'ActivityScheduled'
  | 'ActivityStarted'
  | 'ActivitySucceeded'
  | 'ActivityFailed'
  | 'ActivityTimedOut'
  | 'EvaluationFailed';

/** Details of an event, as in AWS but with JSON values instead of JSON strings. */
/**
 * History events that record a state's failure (before Retry/Catch decide what happens): one list for the debugger and
 * the overlay.
 */
export const STATE_FAILURE_EVENTS: ReadonlySet<string> = new Set<HistoryEventType>([
  'TaskFailed',
  'TaskTimedOut',
  'LambdaFunctionFailed',
  'LambdaFunctionTimedOut',
  'ActivityFailed',
  'ActivityTimedOut',
  'ParallelStateFailed',
  'MapStateFailed',
  'EvaluationFailed',
]);

/** The `…StateEntered` events (a state's entry, where the debugger stops). */
export const STATE_ENTERED_EVENTS: ReadonlySet<string> = new Set<HistoryEventType>([
  'PassStateEntered',
  'TaskStateEntered',
  'ChoiceStateEntered',
  'WaitStateEntered',
  'SucceedStateEntered',
  'FailStateEntered',
  'ParallelStateEntered',
  'MapStateEntered',
]);

export interface EventDetails {
  name?: string;
  input?: Json;
  output?: Json;
  error?: string;
  cause?: string;
  index?: number;
  resourceType?: string;
  resource?: string;
  parameters?: Json;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  assignedVariables?: Record<string, Json>;
  state?: string;
  location?: string;
  roleArn?: string;
  mapRunArn?: string;
  region?: string;
  length?: number;
}

export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  /** Milliseconds since the epoch (from the injected clock). */
  readonly timestamp: number;
  readonly type: HistoryEventType;
  readonly details: EventDetails;
  /** Our addition: which branch/iteration produced it, e.g. 'root', 'FanOut/Branches[1]', 'Each[3]'. */
  readonly frame: string;
}

const DETAILS_KEY: Partial<Record<HistoryEventType, string>> = {
  ExecutionStarted: 'executionStartedEventDetails',
  ExecutionSucceeded: 'executionSucceededEventDetails',
  ExecutionFailed: 'executionFailedEventDetails',
  ExecutionAborted: 'executionAbortedEventDetails',
  ExecutionTimedOut: 'executionTimedOutEventDetails',
  TaskScheduled: 'taskScheduledEventDetails',
  TaskStarted: 'taskStartedEventDetails',
  TaskSubmitted: 'taskSubmittedEventDetails',
  TaskSucceeded: 'taskSucceededEventDetails',
  TaskFailed: 'taskFailedEventDetails',
  TaskTimedOut: 'taskTimedOutEventDetails',
  LambdaFunctionScheduled: 'lambdaFunctionScheduledEventDetails',
  LambdaFunctionSucceeded: 'lambdaFunctionSucceededEventDetails',
  LambdaFunctionFailed: 'lambdaFunctionFailedEventDetails',
  LambdaFunctionTimedOut: 'lambdaFunctionTimedOutEventDetails',
  ActivityScheduled: 'activityScheduledEventDetails',
  ActivityStarted: 'activityStartedEventDetails',
  ActivitySucceeded: 'activitySucceededEventDetails',
  ActivityFailed: 'activityFailedEventDetails',
  ActivityTimedOut: 'activityTimedOutEventDetails',
  MapStateStarted: 'mapStateStartedEventDetails',
  MapIterationStarted: 'mapIterationStartedEventDetails',
  MapIterationSucceeded: 'mapIterationSucceededEventDetails',
  MapIterationFailed: 'mapIterationFailedEventDetails',
  MapIterationAborted: 'mapIterationAbortedEventDetails',
  MapRunStarted: 'mapRunStartedEventDetails',
  MapRunFailed: 'mapRunFailedEventDetails',
  EvaluationFailed: 'evaluationFailedEventDetails',
};

function detailsKey(type: HistoryEventType): string | undefined {
  if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
  if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
  return DETAILS_KEY[type];
}

const STRINGIFIED = new Set(['input', 'output', 'parameters']);

/** Renders events as GetExecutionHistory returns them (payloads as JSON strings, ISO timestamps). */
export function toAwsHistory(events: readonly HistoryEvent[]): Json[] {
  return events.map((e) => {
    const out: Record<string, Json> = {
      id: e.id,
      previousEventId: e.previousEventId,
      timestamp: new Date(e.timestamp).toISOString(),
      type: e.type,
    };
    const key = detailsKey(e.type);
    if (key) out[key] = renderDetails(e.details);
    return out;
  });
}

function renderDetails(d: EventDetails): Json {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(d)) {
    if (v === undefined) continue;
    if (STRINGIFIED.has(k)) out[k] = JSON.stringify(v);
    else if (k === 'assignedVariables')
      out[k] = Object.fromEntries(Object.entries(v as Record<string, Json>).map(([n, x]) => [n, JSON.stringify(x)]));
    else out[k] = v as Json;
  }
  if ('input' in d) out.inputDetails = { truncated: false };
  if ('output' in d) out.outputDetails = { truncated: false };
  return out;
}

/**
 * Stored instead of a StateEntered input that is the previous event's output in the same frame
 * (the usual case), so that the log does not hold one more reference per transition.
 */
export const SAME_AS_PREVIOUS_OUTPUT: Json = Object.freeze({}) as Json;

/** Event type ↔ small integer, for the compact history columns. */
const TYPE_CODES = new Map<HistoryEventType, number>();
const TYPES_BY_CODE: HistoryEventType[] = [];

function typeCode(type: HistoryEventType): number {
  let code = TYPE_CODES.get(type);
  if (code === undefined) {
    code = TYPES_BY_CODE.push(type) - 1;
    TYPE_CODES.set(type, code);
  }
  return code;
}

/** A value that changes rarely along the log: stored only where it changes. */
class StepColumn<T> {
  private readonly starts: number[] = [];
  private readonly values: T[] = [];
  private last: T | undefined = undefined;

  set(index: number, value: T): void {
    if (value === this.last && this.starts.length > 0) return;
    this.last = value;
    this.starts.push(index);
    this.values.push(value);
  }

  /** The run found last: reading the log in order stays O(1) per event. */
  private hint = 0;

  at(index: number): T {
    const starts = this.starts;
    const h = this.hint;
    if (starts[h] <= index && (h + 1 === starts.length || starts[h + 1] > index)) return this.values[h];
    if (h + 2 <= starts.length - 1 && starts[h + 1] <= index && starts[h + 2] > index) return this.values[++this.hint];
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    this.hint = low;
    return this.values[low];
  }
}

/**
 * The recorded history, stored column-wise so that recording an event allocates nothing and
 * writes little (the hot path of long loops and big Maps): a type code per event, the state name
 * and payload, and — only where they differ from the obvious — the time (on change), the frame
 * label (on change) and the previous event id (when it is not the event just before). Rare
 * details go to a side table. Events are materialised on demand.
 */
export class HistoryLog {
  private codes = new Uint8Array(4096);
  private readonly refs: (string | Json | undefined)[] = [];
  private readonly extras = new Map<number, EventDetails>();
  private readonly previous = new Map<number, number>();
  private readonly times = new StepColumn<number>();
  private readonly labels = new StepColumn<string>();
  private readonly materialized: HistoryEvent[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  add(
    type: HistoryEventType,
    time: number,
    previous: number,
    frame: string,
    name: string | undefined,
    payload: Json | undefined,
    extra: EventDetails | undefined,
  ): void {
    const i = this.count++;
    if (i >= this.codes.length) {
      const grown = new Uint8Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[i] = typeCode(type);
    const refs = this.refs;
    refs[2 * i] = name;
    refs[2 * i + 1] = payload;
    this.times.set(i, time);
    this.labels.set(i, frame);
    if (previous !== i) this.previous.set(i, previous);
    if (extra !== undefined) this.extras.set(i, extra);
  }

  typeAt(index: number): HistoryEventType {
    return TYPES_BY_CODE[this.codes[index]];
  }

  /** The state name of a StateEntered / StateExited event (undefined for other events), without building it. */
  nameAt(index: number): string | undefined {
    return this.refs[2 * index] as string | undefined;
  }

  /** The frame label of an event, without building it. */
  frameAt(index: number): string {
    return this.labels.at(index);
  }

  /** `get(index).details.input`, without building the event (the overlay reads the last input of each state). */
  inputOf(index: number): Json | undefined {
    if (this.extras.has(index) || !this.typeAt(index).endsWith('Entered')) return this.get(index).details.input;
    const payload = this.refs[2 * index + 1] as Json | undefined;
    if (payload !== SAME_AS_PREVIOUS_OUTPUT) return payload;
    return this.outputOf((this.previous.get(index) ?? index) - 1);
  }

  /** `get(index).details.output`, without building the event. */
  outputOf(index: number): Json | undefined {
    if (this.extras.has(index) || this.typeAt(index).endsWith('Entered')) return this.get(index).details.output;
    return this.refs[2 * index + 1] as Json | undefined;
  }

  get(index: number): HistoryEvent {
    const cached = this.materialized[index];
    if (cached !== undefined) return cached;
    const type = this.typeAt(index);
    const name = this.refs[2 * index] as string | undefined;
    const payload = this.refs[2 * index + 1] as Json | undefined;
    const previousEventId = this.previous.get(index) ?? index;
    let details = this.extras.get(index);
    if (details === undefined || name !== undefined) {
      details = { ...details, name };
      if (type.endsWith('Entered'))
        details.input = payload === SAME_AS_PREVIOUS_OUTPUT ? this.get(previousEventId - 1).details.output : payload;
      else if (payload !== undefined) details.output = payload;
    }
    const event: HistoryEvent = {
      id: index + 1,
      previousEventId,
      timestamp: this.times.at(index),
      type,
      details,
      frame: this.labels.at(index),
    };
    if (this.materialized.length === index) this.materialized.push(event);
    return event;
  }

  all(): HistoryEvent[] {
    for (let i = this.materialized.length; i < this.count; i++) this.get(i);
    return this.materialized;
  }
}
