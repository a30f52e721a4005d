/*
 * Task TimeoutSeconds / HeartbeatSeconds (and their Path or `{% %}` forms) and the timers that
 * enforce them on a task paused for its token: States.Timeout / States.HeartbeatTimeout.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure } from '../failure';
import { evaluatePath } from '../jsonpath';
import { evaluateJsonata, isJsonataString } from '../jsonata';
import { jsonataBindings } from '../flow';
import type { TaskOutcome } from '../tasks';
import type { Json } from '../value';
import { jsonataBody } from './common';

/** TimeoutSeconds / HeartbeatSeconds of one Task visit, after evaluation. */
export interface TaskTimeouts {
  readonly timeoutSeconds: number;
  readonly heartbeatSeconds?: number;
}

/** The per-visit data of a Task state once it is scheduled (Frame.task). */
export interface TaskRun extends TaskTimeouts {
  startedAt?: number;
  /** What the dispatcher answered (undefined: nobody is configured for the task). */
  outcome?: TaskOutcome;
  /** TaskSubmitted was emitted (callback and .sync tasks). */
  submitted: boolean;
  /** Counted in Engine.externalWaits while the task waits for its token. */
  external: boolean;
  /** Bumped by each heartbeat: only the latest heartbeat timer counts. */
  heartbeatSeq: number;
}

export const DEFAULT_TASK_TIMEOUT = 99_999_999;

/** The Task's run data; a visit that was never scheduled gets the defaults. */
export function taskRun(frame: Frame): TaskRun {
  return (frame.task ??= { timeoutSeconds: DEFAULT_TASK_TIMEOUT, submitted: false, external: false, heartbeatSeq: 0 });
}

/** Synchronous unless a value is a `{% %}` expression. */
export function resolveTimeouts(
  frame: Frame,
  effective: Json,
): TaskTimeouts | Failure | Promise<TaskTimeouts | Failure> {
  const def = frame.state.def;
  if (isJsonataString(def.TimeoutSeconds) || isJsonataString(def.HeartbeatSeconds)) return resolveJsonata(frame);
  const timeout = checkSeconds(
    frame,
    typeof def.TimeoutSecondsPath === 'string'
      ? evaluatePath(def.TimeoutSecondsPath, effective, frame)
      : def.TimeoutSeconds,
    'TimeoutSeconds',
  );
  if (isFailure(timeout)) return timeout;
  const heartbeat = checkSeconds(
    frame,
    typeof def.HeartbeatSecondsPath === 'string'
      ? evaluatePath(def.HeartbeatSecondsPath, effective, frame)
      : def.HeartbeatSeconds,
    'HeartbeatSeconds',
  );
  if (isFailure(heartbeat)) return heartbeat;
  return { timeoutSeconds: timeout ?? DEFAULT_TASK_TIMEOUT, heartbeatSeconds: heartbeat };
}

async function resolveJsonata(frame: Frame): Promise<TaskTimeouts | Failure> {
  const def = frame.state.def;
  const values: (number | undefined)[] = [];
  for (const [name, v] of [
    ['TimeoutSeconds', def.TimeoutSeconds],
    ['HeartbeatSeconds', def.HeartbeatSeconds],
  ] as const) {
    const evaluated = isJsonataString(v) ? await evaluateJsonata(jsonataBody(v), jsonataBindings(frame), frame) : v;
    const checked = checkSeconds(frame, evaluated, name);
    if (isFailure(checked)) return checked;
    values.push(checked);
  }
  return { timeoutSeconds: values[0] ?? DEFAULT_TASK_TIMEOUT, heartbeatSeconds: values[1] };
}

function checkSeconds(frame: Frame, v: Json | Failure | undefined, name: string): number | undefined | Failure {
  if (v === undefined || isFailure(v)) return v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    return new Failure(
      frame.state.jsonata ? 'States.QueryEvaluationError' : 'States.Runtime',
      `${name} of state '${frame.state.name}' must be a positive integer, got ${JSON.stringify(v)}.`,
    );
  }
  return v;
}

export function startTokenTimers(engine: Engine, frame: Frame): void {
  const run = taskRun(frame);
  const epoch = frame.epoch;
  const started = run.startedAt ?? engine.now();
  engine.timers.add(
    started + run.timeoutSeconds * 1000,
    'taskTimeout',
    () => frame.epoch === epoch && frame.phase === 'waitToken',
    () => {
      timeOut(
        engine,
        frame,
        new Failure(
          'States.Timeout',
          `Task state '${frame.state.name}' timed out after ${run.timeoutSeconds} seconds.`,
        ),
      );
    },
  );
  armHeartbeat(engine, frame);
}

export function armHeartbeat(engine: Engine, frame: Frame): void {
  const run = taskRun(frame);
  const heartbeat = run.heartbeatSeconds;
  if (heartbeat === undefined) return;
  const seq = ++run.heartbeatSeq;
  const epoch = frame.epoch;
  engine.timers.add(
    engine.now() + heartbeat * 1000,
    'taskTimeout',
    () => frame.epoch === epoch && frame.phase === 'waitToken' && run.heartbeatSeq === seq,
    () => {
      timeOut(
        engine,
        frame,
        new Failure(
          'States.HeartbeatTimeout',
          `Task state '${frame.state.name}' received no heartbeat within ${heartbeat} seconds.`,
        ),
      );
    },
  );
}

function timeOut(engine: Engine, frame: Frame, failure: Failure): void {
  releaseToken(engine, frame);
  frame.failure = failure;
  frame.phase = 'timedOut';
  engine.wake(frame, false);
}

/** The task no longer waits for its token (answered, timed out or aborted). */
export function releaseToken(engine: Engine, frame: Frame): void {
  const run = frame.task;
  if (frame.token !== undefined) engine.tokens.delete(frame.token);
  if (run?.external) {
    run.external = false;
    engine.externalWaits--;
  }
}
