/*
 * The stages of the state a frame left last, rebuilt from the recorded history (the interpreter
 * resets a frame's stages when it moves on): input, parameters sent to the task, result, output
 * and assigned variables. Shown as the "Previous" scope after a step. Pure; no DAP.
 */
import { STATE_ENTERED_EVENTS, type HistoryEvent, type HistoryLog } from '../interpreter/history';
import type { Json } from '../interpreter/value';

export interface PreviousState {
  readonly name: string;
  readonly stages: Record<string, Json>;
}

/** The last state `frame` exited before event `at`, with what its events recorded (read in place). */
export function previousState(log: HistoryLog, frame: string, at: number): PreviousState | undefined {
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
  if (exited.assignedVariables !== undefined) stages['Assigned variables'] = exited.assignedVariables;
  return { name: exited.name ?? '', stages };
}

function collect(e: HistoryEvent, stages: Record<string, Json>): void {
  if (e.type.endsWith('Scheduled') && e.details.parameters !== undefined) stages.Parameters = e.details.parameters;
  if (e.type.endsWith('Succeeded') && e.details.output !== undefined) stages.Result = e.details.output;
  if (e.type.endsWith('Failed') && e.details.error !== undefined)
    stages.Error = { Error: e.details.error, Cause: e.details.cause ?? '' };
}
