/*
 * Task (state-task page): Parameters/Arguments → TaskScheduled → TaskStarted → (callback:
 * TaskSubmitted, then pause for the token) → TaskSucceeded/TaskFailed/TaskTimedOut → output
 * stage. Results come from the injected dispatcher; with none configured the task fails with a
 * message naming the state and how to mock it. Timeouts run on the injected clock.
 */
import type { Engine } from '../engine';
import { dataLimit } from '../engine';
import {
  PHASE_COMPLETE,
  PHASE_PREPARE,
  PHASE_RESULT,
  PHASE_STARTED,
  PHASE_TASK_FAILED,
  PHASE_TIMED_OUT,
  PHASE_WAIT_TOKEN,
  type Frame,
} from '../frame';
import { Failure, isFailure } from '../failure';
import { uuidFrom } from '../environment';
import { describeResource, type ResourceInfo, type TaskOutcome } from '../tasks';
import { argumentsStage, inputStage, outputStageJsonata, outputStageJsonPath, parametersStage } from '../flow';
import { exceedsPayloadLimit } from '../limits';
import type { HistoryEventType } from '../history';
import type { Json } from '../value';
import { exitWith, failed } from './common';
import { resolveTimeouts, startTokenTimers, type TaskScratch } from './taskTimeouts';

export function runTask(engine: Engine, frame: Frame): void | Promise<void> {
  switch (frame.phase) {
    case PHASE_PREPARE:
      return prepare(engine, frame);
    case PHASE_STARTED:
      return start(engine, frame);
    case PHASE_WAIT_TOKEN:
      return submitted(engine, frame);
    case PHASE_RESULT:
      return succeeded(engine, frame);
    case PHASE_TASK_FAILED:
    case PHASE_TIMED_OUT:
      return taskFailed(engine, frame);
    default:
      return complete(engine, frame);
  }
}

function info(frame: Frame): ResourceInfo {
  return describeResource(typeof frame.state.def.Resource === 'string' ? frame.state.def.Resource : '');
}

function event(frame: Frame, suffix: string): HistoryEventType {
  const family = info(frame).events;
  if (family === 'Task') return `Task${suffix}` as HistoryEventType;
  return `${family}${suffix}` as HistoryEventType;
}

function prepare(engine: Engine, frame: Frame): void | Promise<void> {
  if (info(frame).pattern === 'callback') {
    frame.token = uuidFrom(engine.env.random);
    frame.invalidateContext();
  }
  if (frame.state.jsonata) return argumentsStage(frame).then((args) => schedule(engine, frame, args));
  const effective = inputStage(frame);
  if (failed(engine, frame, effective)) return;
  return schedule(engine, frame, parametersStage(frame, effective));
}

function schedule(engine: Engine, frame: Frame, args: Json | Failure | object): void | Promise<void> {
  if (failed(engine, frame, args)) return;
  const input = args as Json;
  frame.afterParameters = input;
  if (exceedsPayloadLimit(input))
    return void engine.failState(frame, dataLimit(`The parameters of state '${frame.state.name}'`));
  const timeouts = resolveTimeouts(frame, frame.afterInputPath ?? frame.input);
  if (timeouts instanceof Promise) return timeouts.then((t) => scheduled(engine, frame, input, t));
  scheduled(engine, frame, input, timeouts);
}

function scheduled(engine: Engine, frame: Frame, input: Json, timeouts: TaskScratch | Failure): void {
  if (failed(engine, frame, timeouts)) return;
  frame.scratch = timeouts as unknown as Record<string, unknown>;
  const { resourceType, resource } = info(frame);
  engine.emit(frame, event(frame, 'Scheduled'), {
    resourceType,
    resource,
    region: engine.env.identity.region,
    parameters: input,
    timeoutInSeconds: timeouts.timeoutSeconds,
    heartbeatInSeconds: timeouts.heartbeatSeconds,
  });
  frame.phase = PHASE_STARTED;
}

function start(engine: Engine, frame: Frame): void | Promise<void> {
  const ri = info(frame);
  engine.emit(frame, event(frame, 'Started'), { resourceType: ri.resourceType, resource: ri.resource });
  (frame.scratch as unknown as TaskScratch).startedAt = engine.now();
  const outcome = engine.env.tasks.dispatch({
    stateName: frame.state.name,
    resource: typeof frame.state.def.Resource === 'string' ? frame.state.def.Resource : '',
    pattern: ri.pattern,
    input: frame.afterParameters ?? null,
    token: frame.token,
    context: frame.context,
  });
  if (outcome instanceof Promise) return outcome.then((o) => settle(frame, o));
  settle(frame, outcome);
}

function settle(frame: Frame, outcome: TaskOutcome | undefined): void {
  const scratch = frame.scratch as unknown as TaskScratch;
  scratch.outcome = outcome;
  if (info(frame).pattern !== 'request') {
    frame.phase = PHASE_WAIT_TOKEN;
    return;
  }
  applyOutcome(frame, outcome);
}

function applyOutcome(frame: Frame, outcome: TaskOutcome | undefined): void {
  if (outcome === undefined) {
    frame.failure = notConfigured(frame);
    frame.phase = PHASE_TASK_FAILED;
  } else if (outcome.kind === 'result') {
    frame.result = outcome.value;
    frame.phase = PHASE_RESULT;
  } else if (outcome.kind === 'error') {
    frame.failure = new Failure(outcome.error, outcome.cause);
    frame.phase = PHASE_TASK_FAILED;
  }
}

function notConfigured(frame: Frame): Failure {
  const name = frame.state.name;
  return new Failure(
    'States.Runtime',
    `Task state '${name}' has no mocked response and no local handler. Mock it in a MockConfigFile (StateMachines → <machine> → TestCases → <case> → "${name}": "<response>", then asl run --mocks FILE --test-case CASE) or map it to a handler (--handlers FILE exporting "${name}").`,
  );
}

/** Callback and .sync tasks: TaskSubmitted, then the answer, or (callback) a pause until the token is answered. */
function submitted(engine: Engine, frame: Frame): void {
  const scratch = frame.scratch as unknown as TaskScratch;
  if (scratch.submitted) return engine.block(frame);
  scratch.submitted = true;
  const ri = info(frame);
  if (ri.events === 'Task')
    engine.emit(frame, 'TaskSubmitted', { resourceType: ri.resourceType, resource: ri.resource, output: {} });
  const outcome = scratch.outcome;
  if (outcome !== undefined && outcome.kind !== 'pending') return applyOutcome(frame, outcome);
  if (outcome === undefined || frame.token === undefined)
    return applyOutcome(frame, outcome?.kind === 'pending' ? undefined : outcome);
  engine.tokens.set(frame.token as string, frame);
  scratch.external = true;
  engine.externalWaits++;
  engine.block(frame);
  startTokenTimers(engine, frame);
}

function succeeded(engine: Engine, frame: Frame): void {
  const result = frame.result ?? null;
  if (exceedsPayloadLimit(result)) {
    frame.failure = dataLimit(`The result of state '${frame.state.name}'`);
    frame.phase = PHASE_TASK_FAILED;
    return;
  }
  const ri = info(frame);
  engine.emit(frame, event(frame, 'Succeeded'), {
    resourceType: ri.resourceType,
    resource: ri.resource,
    output: result,
  });
  frame.phase = PHASE_COMPLETE;
}

function taskFailed(engine: Engine, frame: Frame): void | Promise<void> {
  const failure = frame.failure as Failure;
  const ri = info(frame);
  const type = frame.phase === PHASE_TIMED_OUT ? event(frame, 'TimedOut') : event(frame, 'Failed');
  engine.emit(frame, type, {
    resourceType: ri.resourceType,
    resource: ri.resource,
    error: failure.error,
    cause: failure.cause,
  });
  return engine.failState(frame, failure);
}

function complete(engine: Engine, frame: Frame): void | Promise<void> {
  const result = frame.result ?? null;
  if (frame.state.jsonata) return outputStageJsonata(frame, result).then((out) => exitWith(engine, frame, out));
  const output = outputStageJsonPath(frame, result, true);
  if (isFailure(output)) return engine.failState(frame, output);
  engine.exitState(frame, output);
}
