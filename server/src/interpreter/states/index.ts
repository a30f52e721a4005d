/*
 * One handler per state type; each runs the phases after the common "entered" step.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import type { StateType } from '../compile';
import { runPass } from './pass';
import { runTask } from './task';
import { runChoice } from './choice';
import { runWait } from './wait';
import { runSucceed } from './succeed';
import { runFail } from './fail';
import { runParallel } from './parallel';
import { runMap } from './map';

export const STATE_HANDLERS: Record<StateType, (engine: Engine, frame: Frame) => void | Promise<void>> = {
  Pass: runPass,
  Task: runTask,
  Choice: runChoice,
  Wait: runWait,
  Succeed: runSucceed,
  Fail: runFail,
  Parallel: runParallel,
  Map: runMap,
};
