/*
 * Small helpers shared by the state files: finishing a state with a stage result that may be a
 * value, a Failure or a located JSONata failure.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { isFailure, type Failure } from '../failure';
import { LocatedFailure } from '../flow';
import type { Json } from '../value';

/** Exits with `output`, or fails the state when it is a failure. */
export function exitWith(engine: Engine, frame: Frame, output: Json | Failure | LocatedFailure): void | Promise<void> {
  if (output instanceof LocatedFailure) return engine.evaluationFailed(frame, output.failure, output.location);
  if (isFailure(output)) return engine.failState(frame, output);
  engine.exitState(frame, output);
}

/** Fails the state with a (located) failure; returns true when `value` was one. */
export function failed(engine: Engine, frame: Frame, value: unknown): value is Failure | LocatedFailure {
  if (value instanceof LocatedFailure) {
    void engine.evaluationFailed(frame, value.failure, value.location);
    return true;
  }
  if (isFailure(value)) {
    void engine.failState(frame, value);
    return true;
  }
  return false;
}

/** The body of a `{% ... %}` string. */
export function jsonataBody(s: string): string {
  return s.slice(2, -2);
}
