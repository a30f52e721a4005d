/*
 * The context object (`$$`, `$states.context`) as AWS fills it (input-output-contextobject page):
 * Execution {Id, Input, Name, RoleArn, StartTime, RedriveCount}, State {EnteredTime, Name,
 * RetryCount}, StateMachine {Id, Name}, Task {Token} for callback tasks, Map {Item} in ItemSelector.
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
  retryCount: number,
  token: string | undefined,
): Json {
  const ctx: JsonObject = {
    Execution: base.Execution,
    State: { EnteredTime: new Date(enteredAt).toISOString(), Name: stateName, RetryCount: retryCount },
    StateMachine: base.StateMachine,
  };
  if (token !== undefined) ctx.Task = { Token: token };
  return ctx;
}

/** The context seen by a Map's ItemSelector for one item. */
export function withMapItem(context: Json, index: number, value: Json): Json {
  return { ...(context as JsonObject), Map: { Item: { Index: index, Value: value } } };
}
