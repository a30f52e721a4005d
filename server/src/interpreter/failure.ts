/*
 * ASL errors as values. Expression evaluators return a Failure instead of throwing, so that the
 * engine decides (Retry/Catch, or failing the execution) with AWS's error name and cause.
 */

/**
 * Who raised a failure: `service` (the interpreter, as Step Functions; causes.ts words it), `reported`
 * (a task's or a Fail state's own error, never reworded) or `located` (already worded as AWS does).
 */
export type FailureOrigin = 'service' | 'reported' | 'located';

export class Failure {
  constructor(
    readonly error: string,
    readonly cause: string,
    readonly origin: FailureOrigin = 'service',
  ) {}
}

export function isFailure(x: unknown): x is Failure {
  return x instanceof Failure;
}

/** A JSONata failure with the field it came from (EvaluationFailed.location). */
export class LocatedFailure {
  constructor(
    readonly failure: Failure,
    readonly location: string,
  ) {}
}

/** A state failed: the dispatcher hands it to Retry/Catch (a located one is first recorded as EvaluationFailed). */
export type StateFailure = Failure | LocatedFailure;

/**
 * What one phase of a state hands back to the engine's dispatcher: `undefined` when the phase moved
 * the frame on by itself (exit, wait, spawn, block), or the failure of the state.
 */
export type PhaseOutcome = StateFailure | undefined;

/** A phase's outcome, or its promise when the phase evaluated JSONata or awaited a handler. */
export type PhaseResult = PhaseOutcome | Promise<PhaseOutcome>;

export function isStateFailure(x: unknown): x is StateFailure {
  return x instanceof Failure || x instanceof LocatedFailure;
}
