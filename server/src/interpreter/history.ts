/*
 * Execution history events, named and shaped like GetExecutionHistory (HistoryEvent: id,
 * previousEventId, timestamp, type, one ...EventDetails). Payloads are kept as JSON values (not
 * strings) so that recording costs nothing; toAwsHistory() renders the exact AWS string form.
 */
import type { Json } from './value';

export type HistoryEventType =
  | 'ExecutionStarted' | 'ExecutionSucceeded' | 'ExecutionFailed' | 'ExecutionAborted' | 'ExecutionTimedOut'
  | 'PassStateEntered' | 'PassStateExited' | 'TaskStateEntered' | 'TaskStateExited' | 'TaskStateAborted'
  | 'ChoiceStateEntered' | 'ChoiceStateExited' | 'WaitStateEntered' | 'WaitStateExited' | 'WaitStateAborted'
  | 'SucceedStateEntered' | 'SucceedStateExited' | 'FailStateEntered'
  | 'ParallelStateEntered' | 'ParallelStateExited' | 'ParallelStateAborted'
  | 'ParallelStateStarted' | 'ParallelStateSucceeded' | 'ParallelStateFailed'
  | 'MapStateEntered' | 'MapStateExited' | 'MapStateAborted' | 'MapStateStarted' | 'MapStateSucceeded' | 'MapStateFailed'
  | 'MapIterationStarted' | 'MapIterationSucceeded' | 'MapIterationFailed' | 'MapIterationAborted'
  | 'MapRunStarted' | 'MapRunSucceeded' | 'MapRunFailed' | 'MapRunAborted'
  | 'TaskScheduled' | 'TaskStarted' | 'TaskSubmitted' | 'TaskSucceeded' | 'TaskFailed' | 'TaskTimedOut'
  | 'LambdaFunctionScheduled' | 'LambdaFunctionStarted' | 'LambdaFunctionSucceeded' | 'LambdaFunctionFailed' | 'LambdaFunctionTimedOut'
  | 'ActivityScheduled' | 'ActivityStarted' | 'ActivitySucceeded' | 'ActivityFailed' | 'ActivityTimedOut'
  | 'EvaluationFailed';

/** Details of an event, as in AWS but with JSON values instead of JSON strings. */
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
    const out: Record<string, Json> = { id: e.id, previousEventId: e.previousEventId, timestamp: new Date(e.timestamp).toISOString(), type: e.type };
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
    else if (k === 'assignedVariables') out[k] = Object.fromEntries(Object.entries(v as Record<string, Json>).map(([n, x]) => [n, JSON.stringify(x)]));
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

/**
 * The recorded history, stored column-wise so that recording an event allocates nothing but
 * array slots (the hot path of long loops and big Maps): numbers in a Float64Array (time, and
 * previous id × 128 + type code), state name and payload in one array, the frame label only
 * where it changes, rare details in a side table. Events are materialised on demand.
 */
export class HistoryLog {
  private nums = new Float64Array(1024);
  private readonly refs: (string | Json | undefined)[] = [];
  private readonly extras = new Map<number, EventDetails>();
  /** Event indices where the frame label changes, and the labels from there on. */
  private readonly labelStarts: number[] = [];
  private readonly labels: string[] = [];
  private lastLabel: string | undefined = undefined;
  private readonly materialized: HistoryEvent[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  add(type: HistoryEventType, time: number, previous: number, frame: string, name: string | undefined, payload: Json | undefined, extra: EventDetails | undefined): void {
    const i = this.count++;
    let nums = this.nums;
    if (2 * i + 2 > nums.length) {
      nums = new Float64Array(nums.length * 2);
      nums.set(this.nums);
      this.nums = nums;
    }
    nums[2 * i] = time;
    nums[2 * i + 1] = previous * 128 + typeCode(type);
    const refs = this.refs;
    refs[2 * i] = name;
    refs[2 * i + 1] = payload;
    if (frame !== this.lastLabel) {
      this.lastLabel = frame;
      this.labelStarts.push(i);
      this.labels.push(frame);
    }
    if (extra !== undefined) this.extras.set(i, extra);
  }

  typeAt(index: number): HistoryEventType {
    return TYPES_BY_CODE[this.nums[2 * index + 1] % 128];
  }

  private labelAt(index: number): string {
    const starts = this.labelStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return this.labels[low] ?? 'root';
  }

  get(index: number): HistoryEvent {
    const cached = this.materialized[index];
    if (cached !== undefined) return cached;
    const type = this.typeAt(index);
    const name = this.refs[2 * index] as string | undefined;
    const payload = this.refs[2 * index + 1] as Json | undefined;
    const packed = this.nums[2 * index + 1];
    let details = this.extras.get(index);
    if (details === undefined || name !== undefined) {
      details = { ...details, name };
      if (type.endsWith('Entered')) details.input = payload === SAME_AS_PREVIOUS_OUTPUT ? this.get(Math.floor(packed / 128) - 1).details.output : payload;
      else if (payload !== undefined) details.output = payload;
    }
    const event: HistoryEvent = { id: index + 1, previousEventId: Math.floor(packed / 128), timestamp: this.nums[2 * index], type, details, frame: this.labelAt(index) };
    if (this.materialized.length === index) this.materialized.push(event);
    return event;
  }

  all(): HistoryEvent[] {
    for (let i = this.materialized.length; i < this.count; i++) this.get(i);
    return this.materialized;
  }
}
