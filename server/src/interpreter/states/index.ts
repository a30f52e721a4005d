/*
 * One handler per state type; each runs the phases after the common "entered" step and returns
 * its outcome (a failure, or nothing) to the engine's dispatcher, never applying a failure itself.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import type { StateType } from '../compile';
import type { PhaseResult } from '../failure';
import { runPass } from './pass';
import { runTask } from './task';
import { runChoice } from './choice';
import { runWait } from './wait';
import { runSucceed } from './succeed';
import { runFail } from './fail';
import { runParallel } from './parallel';
import { runMap } from './map';

export const STATE_HANDLERS: Record<StateType, (engine: Engine, frame: Frame) => PhaseResult> = {
  Pass: runPass,
  Task: runTask,
  Choice: runChoice,
  Wait: runWait,
  Succeed: runSucceed,
  Fail: runFail,
  Parallel: runParallel,
  Map: runMap,
};
