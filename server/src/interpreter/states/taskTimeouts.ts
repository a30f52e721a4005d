/*
 * Task TimeoutSeconds / HeartbeatSeconds (and their Path or `{% %}` forms) and the timers that
 * enforce them on a task paused for its token: States.Timeout / States.HeartbeatTimeout.
 */
import type { Engine } from '../engine';
import { PHASE_TIMED_OUT, PHASE_WAIT_TOKEN, type Frame } from '../frame';
import { Failure, isFailure } from '../failure';
import { evaluatePath } from '../jsonpath';
import { evaluateJsonata, isJsonataString } from '../jsonata';
import { jsonataBindings } from '../flow';
import type { TaskOutcome } from '../tasks';
import type { Json } from '../value';

export interface TaskScratch {
  timeoutSeconds: number;
  heartbeatSeconds?: number;
  startedAt?: number;
  outcome?: TaskOutcome;
  submitted?: boolean;
  external?: boolean;
  heartbeatSeq?: number;
}

export const DEFAULT_TASK_TIMEOUT = 99_999_999;

/** Synchronous unless a value is a `{% %}` expression. */
export function resolveTimeouts(frame: Frame, effective: Json): TaskScratch | Failure | Promise<TaskScratch | Failure> {
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

async function resolveJsonata(frame: Frame): Promise<TaskScratch | Failure> {
  const def = frame.state.def;
  const values: (number | undefined)[] = [];
  for (const [name, v] of [
    ['TimeoutSeconds', def.TimeoutSeconds],
    ['HeartbeatSeconds', def.HeartbeatSeconds],
  ] as const) {
    const evaluated = isJsonataString(v) ? await evaluateJsonata(v.slice(2, -2), jsonataBindings(frame), frame) : v;
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
  const scratch = frame.scratch as unknown as TaskScratch;
  const epoch = frame.epoch;
  const started = scratch.startedAt ?? engine.now();
  engine.timers.add(
    started + scratch.timeoutSeconds * 1000,
    'taskTimeout',
    () => frame.epoch === epoch && frame.phase === PHASE_WAIT_TOKEN,
    () => {
      timeOut(
        engine,
        frame,
        new Failure(
          'States.Timeout',
          `Task state '${frame.state.name}' timed out after ${scratch.timeoutSeconds} seconds.`,
        ),
      );
    },
  );
  armHeartbeat(engine, frame);
}

export function armHeartbeat(engine: Engine, frame: Frame): void {
  const scratch = frame.scratch as unknown as TaskScratch;
  if (scratch.heartbeatSeconds === undefined) return;
  const seq = (scratch.heartbeatSeq = (scratch.heartbeatSeq ?? 0) + 1);
  const epoch = frame.epoch;
  engine.timers.add(
    engine.now() + scratch.heartbeatSeconds * 1000,
    'taskTimeout',
    () => frame.epoch === epoch && frame.phase === PHASE_WAIT_TOKEN && scratch.heartbeatSeq === seq,
    () => {
      timeOut(
        engine,
        frame,
        new Failure(
          'States.HeartbeatTimeout',
          `Task state '${frame.state.name}' received no heartbeat within ${scratch.heartbeatSeconds} seconds.`,
        ),
      );
    },
  );
}

function timeOut(engine: Engine, frame: Frame, failure: Failure): void {
  releaseToken(engine, frame);
  frame.failure = failure;
  frame.phase = PHASE_TIMED_OUT;
  engine.wake(frame, false);
}

/** The task no longer waits for its token (answered, timed out or aborted). */
export function releaseToken(engine: Engine, frame: Frame): void {
  const scratch = frame.scratch as unknown as TaskScratch | undefined;
  if (frame.token !== undefined) engine.tokens.delete(frame.token);
  if (scratch?.external) {
    scratch.external = false;
    engine.externalWaits--;
  }
}
