/*
 * Task (state-task page): Parameters/Arguments → TaskScheduled → TaskStarted → (callback:
 * TaskSubmitted, then pause for the token) → TaskSucceeded/TaskFailed/TaskTimedOut → output
 * stage. Results come from the injected dispatcher; with none configured the task fails with a
 * message naming the state and how to mock it. Timeouts run on the injected clock.
 */
import type { Engine } from '../engine';
import { payloadLimitFailure } from '../causes';
import type { Frame } from '../frame';
import { Failure, isFailure, isStateFailure, type PhaseOutcome, type PhaseResult, type StateFailure } from '../failure';
import { uuidFrom } from '../random';
import { describeResource, type ResourceInfo, type TaskOutcome } from '../tasks';
import { argumentsStage, inputStage, outputStageJsonata, outputStageJsonPath, parametersStage } from '../flow';
import { exceedsPayloadLimit } from '../limits';
import type { HistoryEventType } from '../history';
import type { Json } from '../value';
import { exitWith } from './common';
import { resolveTimeouts, startTokenTimers, taskRun, type TaskTimeouts } from './taskTimeouts';

export function runTask(engine: Engine, frame: Frame): PhaseResult {
  switch (frame.phase) {
    case 'prepare':
      return prepare(engine, frame);
    case 'started':
      return start(engine, frame);
    case 'waitToken':
      return submitted(engine, frame);
    case 'result':
      return succeeded(engine, frame);
    case 'taskFailed':
    case 'timedOut':
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

function prepare(engine: Engine, frame: Frame): PhaseResult {
  if (info(frame).pattern === 'callback') {
    frame.token = uuidFrom(engine.env.random);
    frame.invalidateContext();
  }
  if (frame.state.jsonata) return argumentsStage(frame).then((args) => schedule(engine, frame, args));
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  return schedule(engine, frame, parametersStage(frame, effective));
}

function schedule(engine: Engine, frame: Frame, args: Json | StateFailure): PhaseResult {
  if (isStateFailure(args)) return args;
  frame.afterParameters = args;
  if (exceedsPayloadLimit(args)) return payloadLimitFailure(frame.state.name);
  const timeouts = resolveTimeouts(frame, frame.afterInputPath ?? frame.input);
  if (timeouts instanceof Promise) return timeouts.then((t) => scheduled(engine, frame, args, t));
  return scheduled(engine, frame, args, timeouts);
}

function scheduled(engine: Engine, frame: Frame, input: Json, timeouts: TaskTimeouts | StateFailure): PhaseOutcome {
  if (isStateFailure(timeouts)) return timeouts;
  frame.task = { ...timeouts, submitted: false, external: false, heartbeatSeq: 0 };
  const { resourceType, resource } = info(frame);
  engine.emit(frame, event(frame, 'Scheduled'), {
    resourceType,
    resource,
    region: engine.env.identity.region,
    parameters: input,
    timeoutInSeconds: timeouts.timeoutSeconds,
    heartbeatInSeconds: timeouts.heartbeatSeconds,
  });
  frame.phase = 'started';
  return undefined;
}

function start(engine: Engine, frame: Frame): PhaseResult {
  const ri = info(frame);
  engine.emit(frame, event(frame, 'Started'), { resourceType: ri.resourceType, resource: ri.resource });
  taskRun(frame).startedAt = engine.now();
  const outcome = engine.env.tasks.dispatch({
    stateName: frame.state.name,
    resource: typeof frame.state.def.Resource === 'string' ? frame.state.def.Resource : '',
    pattern: ri.pattern,
    input: frame.afterParameters ?? null,
    token: frame.token,
    context: frame.context,
  });
  if (outcome instanceof Promise) return outcome.then((o) => settle(frame, o));
  return settle(frame, outcome);
}

function settle(frame: Frame, outcome: TaskOutcome | undefined): PhaseOutcome {
  taskRun(frame).outcome = outcome;
  if (info(frame).pattern !== 'request') frame.phase = 'waitToken';
  else applyOutcome(frame, outcome);
  return undefined;
}

function applyOutcome(frame: Frame, outcome: TaskOutcome | undefined): void {
  if (outcome === undefined) {
    frame.failure = notConfigured(frame);
    frame.phase = 'taskFailed';
  } else if (outcome.kind === 'result') {
    frame.result = outcome.value;
    frame.phase = 'result';
  } else if (outcome.kind === 'error') {
    // A task's own error keeps its cause; States.Runtime here is the interpreter's (a missing mock, not JSON).
    frame.failure = new Failure(
      outcome.error,
      outcome.cause,
      outcome.error === 'States.Runtime' ? 'service' : 'reported',
    );
    frame.phase = 'taskFailed';
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
function submitted(engine: Engine, frame: Frame): PhaseOutcome {
  const run = taskRun(frame);
  if (run.submitted) {
    engine.block(frame);
    return undefined;
  }
  run.submitted = true;
  const ri = info(frame);
  if (ri.events === 'Task')
    engine.emit(frame, 'TaskSubmitted', { resourceType: ri.resourceType, resource: ri.resource, output: {} });
  const outcome = run.outcome;
  if (outcome === undefined || outcome.kind !== 'pending') applyOutcome(frame, outcome);
  else if (frame.token === undefined) applyOutcome(frame, undefined);
  else waitForToken(engine, frame, frame.token);
  return undefined;
}

function waitForToken(engine: Engine, frame: Frame, token: string): void {
  engine.tokens.set(token, frame);
  taskRun(frame).external = true;
  engine.externalWaits++;
  engine.block(frame);
  startTokenTimers(engine, frame);
}

function succeeded(engine: Engine, frame: Frame): PhaseOutcome {
  const result = frame.result ?? null;
  if (exceedsPayloadLimit(result)) {
    frame.failure = payloadLimitFailure(frame.state.name);
    frame.phase = 'taskFailed';
    return undefined;
  }
  const ri = info(frame);
  engine.emit(frame, event(frame, 'Succeeded'), {
    resourceType: ri.resourceType,
    resource: ri.resource,
    output: result,
  });
  frame.phase = 'complete';
  return undefined;
}

function taskFailed(engine: Engine, frame: Frame): PhaseOutcome {
  const failure = frame.failure ?? new Failure('States.Runtime', `Task state '${frame.state.name}' failed.`);
  const ri = info(frame);
  const type = frame.phase === 'timedOut' ? event(frame, 'TimedOut') : event(frame, 'Failed');
  engine.emit(frame, type, {
    resourceType: ri.resourceType,
    resource: ri.resource,
    error: failure.error,
    cause: failure.cause,
  });
  return failure;
}

function complete(engine: Engine, frame: Frame): PhaseResult {
  const result = frame.result ?? null;
  if (frame.state.jsonata) return outputStageJsonata(frame, result).then((out) => exitWith(engine, frame, out));
  return exitWith(engine, frame, outputStageJsonPath(frame, result, true));
}
