/*
 * The stages of the state a frame left last (the interpreter resets a frame's stages when it moves
 * on): every TestState stage the interpreter kept for the exit (the debugger launches with
 * `recordStages`), plus the task parameters, error and assigned variables its events record; from
 * the events alone otherwise. Shown as the "Previous" scope after a step. Pure; no DAP.
 */
import type { Execution } from '../interpreter/execution';
import { STATE_ENTERED_EVENTS, type EventDetails, type HistoryEvent } from '../interpreter/history';
import type { StateStages } from '../interpreter/snapshot';
import { STAGES } from './variables';
import type { Json } from '../interpreter/value';

export interface PreviousState {
  readonly name: string;
  readonly stages: Record<string, Json>;
}

/** The last state `frame` exited before event `at`, with what its events recorded (read in place). */
export function previousState(execution: Execution, frame: string, at: number): PreviousState | undefined {
  const log = execution.log;
  let exit = at - 1;
  while (exit >= 0 && !(log.typeAt(exit).endsWith('StateExited') && log.frameAt(exit) === frame)) exit--;
  if (exit < 0) return undefined;
  let entry = exit - 1;
  while (entry >= 0 && !(STATE_ENTERED_EVENTS.has(log.typeAt(entry)) && log.frameAt(entry) === frame)) entry--;
  if (entry < 0) return undefined;
  const stages: Record<string, Json> = {};
  const input = log.get(entry).details.input;
  if (input !== undefined) stages.Input = input;
  for (let i = entry + 1; i < exit; i++) if (log.frameAt(i) === frame) collect(log.get(i), stages);
  const exited = log.get(exit).details;
  if (exited.output !== undefined) stages.Output = exited.output;
  const recorded = execution.stagesAt(exit);
  if (recorded !== undefined) return { name: exited.name ?? '', stages: withStages(recorded, stages, exited) };
  if (exited.assignedVariables !== undefined) stages['Assigned variables'] = exited.assignedVariables;
  return { name: exited.name ?? '', stages };
}

/** Every TestState stage the interpreter kept for the exit, then what only events record (task parameters, errors). */
function withStages(
  recorded: StateStages,
  fromEvents: Record<string, Json>,
  exited: EventDetails,
): Record<string, Json> {
  const stages: Record<string, Json> = {};
  for (const [key, label] of STAGES) {
    const value = recorded[key as keyof StateStages];
    if (value !== undefined) stages[label] = value;
  }
  const sent = recorded.afterParameters ?? recorded.afterArguments;
  if (fromEvents.Parameters !== undefined && sent === undefined) stages['Task parameters'] = fromEvents.Parameters;
  if (fromEvents.Error !== undefined) stages.Error = fromEvents.Error;
  if (exited.assignedVariables !== undefined) stages['Assigned variables'] = exited.assignedVariables;
  return stages;
}

function collect(e: HistoryEvent, stages: Record<string, Json>): void {
  if (e.type.endsWith('Scheduled') && e.details.parameters !== undefined) stages.Parameters = e.details.parameters;
  if (e.type.endsWith('Succeeded') && e.details.output !== undefined) stages.Result = e.details.output;
  if (e.type.endsWith('Failed') && e.details.error !== undefined)
    stages.Error = { Error: e.details.error, Cause: e.details.cause ?? '' };
}
