/*
 * Small helpers shared by the state files: finishing a state with a stage result that may be a
 * value or a (located) failure. A handler never applies a failure itself: it returns it, and the
 * engine's dispatcher sends it to Retry/Catch.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { isStateFailure, type PhaseOutcome, type StateFailure } from '../failure';
import type { Json } from '../value';

/** Exits with `output`, or hands its failure back to the dispatcher. */
export function exitWith(engine: Engine, frame: Frame, output: Json | StateFailure): PhaseOutcome {
  if (isStateFailure(output)) return output;
  return engine.exitState(frame, output);
}

export { jsonataBody } from '../../asl/expr';
