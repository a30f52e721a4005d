/*
 * The stages of the state a frame left last, rebuilt from the recorded history (the interpreter
 * resets a frame's stages when it moves on): input, parameters sent to the task, result, output
 * and assigned variables. Shown as the "Previous" scope after a step. Pure; no DAP.
 */
import type { HistoryEvent } from '../interpreter/history';
import type { Json } from '../interpreter/value';
import { isStateEntered } from './frames';

export interface PreviousState {
  readonly name: string;
  readonly stages: Record<string, Json>;
}

/** The last state `frame` exited before event `at`, with what its events recorded. */
export function previousState(events: readonly HistoryEvent[], frame: string, at: number): PreviousState | undefined {
  let exit = -1;
  for (let i = Math.min(at, events.length) - 1; i >= 0 && exit < 0; i--)
    if (events[i].frame === frame && events[i].type.endsWith('StateExited')) exit = i;
  if (exit < 0) return undefined;
  let entry = exit - 1;
  while (entry >= 0 && !(events[entry].frame === frame && isStateEntered(events[entry]))) entry--;
  if (entry < 0) return undefined;
  const stages: Record<string, Json> = {};
  if (events[entry].details.input !== undefined) stages.Input = events[entry].details.input as Json;
  for (let i = entry + 1; i < exit; i++) collect(events[i], frame, stages);
  const exited = events[exit].details;
  if (exited.output !== undefined) stages.Output = exited.output;
  if (exited.assignedVariables !== undefined) stages['Assigned variables'] = exited.assignedVariables;
  return { name: exited.name ?? '', stages };
}

function collect(e: HistoryEvent, frame: string, stages: Record<string, Json>): void {
  if (e.frame !== frame) return;
  if (e.type.endsWith('Scheduled') && e.details.parameters !== undefined) stages.Parameters = e.details.parameters;
  if (e.type.endsWith('Succeeded') && e.details.output !== undefined) stages.Result = e.details.output;
  if (e.type.endsWith('Failed') && e.details.error !== undefined)
    stages.Error = { Error: e.details.error, Cause: e.details.cause ?? '' };
}
