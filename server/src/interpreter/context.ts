/*
 * The context object (`$$`, `$states.context`) as AWS fills it (input-output-contextobject page):
 * Execution {Id, Input, Name, RoleArn, StartTime, RedriveCount}, State {EnteredTime, Name,
 * RetryCount}, StateMachine {Id, Name}, Task {Token} for callback tasks, Map {Item} in ItemSelector.
 * As recorded on AWS: `State.RetryCount` only in states that can retry (Task, Parallel, Map), and an
 * Express execution's `Execution` has no `RedriveCount` (Express workflows cannot be redriven).
 */
import type { Json, JsonObject } from './value';
import type { ExecutionIdentity } from './environment';

export interface ExecutionContextBase {
  readonly Execution: JsonObject;
  readonly StateMachine: JsonObject;
}

export function contextBase(identity: ExecutionIdentity, input: Json, startTime: number): ExecutionContextBase {
  const { region, account, stateMachineName, executionName } = identity;
  return {
    Execution: {
      Id: `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${executionName}`,
      Input: input,
      Name: executionName,
      RoleArn: identity.roleArn,
      StartTime: new Date(startTime).toISOString(),
      RedriveCount: 0,
    },
    StateMachine: {
      Id: `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}`,
      Name: stateMachineName,
    },
  };
}

export function buildContext(
  base: ExecutionContextBase,
  stateName: string,
  enteredAt: number,
  retryCount: number | undefined,
  token: string | undefined,
): Json {
  const state: JsonObject = { EnteredTime: new Date(enteredAt).toISOString(), Name: stateName };
  if (retryCount !== undefined) state.RetryCount = retryCount;
  const ctx: JsonObject = {
    Execution: base.Execution,
    State: state,
    StateMachine: base.StateMachine,
  };
  if (token !== undefined) ctx.Task = { Token: token };
  return ctx;
}

/** States whose context has `State.RetryCount` (the ones that can have a Retry). */
export const RETRYING_STATE_TYPES: ReadonlySet<string> = new Set(['Task', 'Parallel', 'Map']);

/** The base of an Express child execution: the same, without `Execution.RedriveCount`. */
export function expressBase(base: ExecutionContextBase): ExecutionContextBase {
  const { RedriveCount: _, ...execution } = base.Execution;
  return { ...base, Execution: execution };
}

/** The context seen by a Map's ItemSelector for one item. */
export function withMapItem(context: Json, index: number, value: Json): Json {
  return { ...(context as JsonObject), Map: { Item: { Index: index, Value: value } } };
}
