/*
 * The data-flow stages shared by the state types, in both query languages.
 * JSONPath (input-output-filtering page): InputPath → Parameters → (work) → ResultSelector →
 * Assign (with $ = the selected result, before ResultPath) → ResultPath → OutputPath.
 * JSONata (transforming-data page): Arguments → (work) → Output (default $states.result or the
 * input) and Assign, both evaluated with the variables as they were at state entry.
 */
import type { Frame } from './frame';
import { type Failure, isFailure, LocatedFailure } from './failure';
import { evaluatePath } from './jsonpath';
import { evaluatePayloadTemplate } from './payload';
import { applyResultPath } from './resultPath';
import { evaluateJsonataTemplate } from './jsonata';
import type { Json, JsonObject } from './value';
import { payloadFailure } from './causes';

/** InputPath (JSONPath): null gives {}, a path that matches nothing is States.Runtime. */
export function inputStage(frame: Frame): Json | Failure {
  const value = applyPathField(frame.state.inputPath, frame.input, frame);
  if (!isFailure(value)) frame.afterInputPath = value;
  return value;
}

/**
 * Parameters (JSONPath) over the effective input; the effective input itself when absent. An
 * unresolvable `.$` path is States.Runtime in every state (recorded AWS executions).
 */
export function parametersStage(frame: Frame, effective: Json): Json | Failure {
  const template = frame.state.parameters;
  const value = template === undefined ? effective : evaluatePayloadTemplate(template, effective, frame);
  if (isFailure(value)) return value;
  frame.afterParameters = value;
  // the error-handling page: "the state's input is larger than the quota after Parameters processing"
  return (
    (value !== effective
      ? payloadFailure(value, frame.state.name, `The parameters of state '${frame.state.name}'`)
      : undefined) ?? value
  );
}

/** ResultSelector, Assign, ResultPath and OutputPath (JSONPath). Sets frame.assigned. */
export function outputStageJsonPath(
  frame: Frame,
  result: Json,
  useSelector: boolean,
  extraAssign?: Json,
): Json | Failure {
  const state = frame.state;
  frame.result = result;
  let selected = result;
  if (useSelector && state.resultSelector !== undefined) {
    const v = evaluatePayloadTemplate(state.resultSelector, result, frame);
    if (isFailure(v)) return v;
    selected = v;
  }
  frame.afterResultSelector = selected;
  const assigned = assignJsonPath(frame, selected, extraAssign);
  if (isFailure(assigned)) return assigned;
  const afterResultPath =
    state.resultPath === undefined && !state.hasResultPath
      ? selected
      : applyResultPath(frame.input, state.resultPath, selected);
  if (isFailure(afterResultPath)) return afterResultPath;
  frame.afterResultPath = afterResultPath;
  return outputPath(frame, afterResultPath);
}

/** Choice, Wait, Succeed: no result; Assign sees the effective input. */
export function passThroughJsonPath(frame: Frame, effective: Json, extraAssign?: Json): Json | Failure {
  const assigned = assignJsonPath(frame, effective, extraAssign);
  if (isFailure(assigned)) return assigned;
  return outputPath(frame, effective);
}

function outputPath(frame: Frame, value: Json): Json | Failure {
  return applyPathField(frame.state.outputPath, value, frame);
}

/** InputPath / OutputPath: absent keeps the value, null gives {}, a path selects from the value. */
function applyPathField(path: string | null | undefined, value: Json, frame: Frame): Json | Failure {
  if (path === undefined) return value;
  if (path === null) return {};
  return evaluatePath(path, value, frame);
}

function assignJsonPath(frame: Frame, data: Json, extraAssign: Json | undefined): undefined | Failure {
  const assign = frame.state.assign;
  frame.assigned = undefined;
  if (assign === undefined && extraAssign === undefined) return undefined;
  let values: JsonObject = {};
  for (const template of [assign, extraAssign]) {
    if (template === undefined) continue;
    const v = evaluatePayloadTemplate(template, data, frame);
    if (isFailure(v)) return v;
    values = { ...values, ...(v as JsonObject) };
  }
  frame.assigned = values;
  return undefined;
}

/** Output and Assign (JSONata), with $states.result when there is a result. */
export async function outputStageJsonata(
  frame: Frame,
  result: Json | undefined,
  extraAssign?: Json,
  outputTemplate: Json | undefined = frame.state.def.Output,
): Promise<Json | Failure | LocatedFailure> {
  const def = frame.state.def;
  const states: JsonObject = { input: frame.input, context: frame.context };
  if (result !== undefined) {
    states.result = result;
    frame.result = result;
  }
  const bindings = { states };
  let output: Json = result === undefined ? frame.input : result;
  if (outputTemplate !== undefined) {
    const v = await evaluateJsonataTemplate(outputTemplate, bindings, frame, 'Output');
    if (isFailure(v)) return new LocatedFailure(v, 'Output');
    output = v;
  }
  frame.assigned = undefined;
  let values: JsonObject | undefined;
  for (const template of [def.Assign, extraAssign]) {
    if (template === undefined) continue;
    const v = await evaluateJsonataTemplate(template, bindings, frame, 'Assign');
    if (isFailure(v)) return new LocatedFailure(v, 'Assign');
    values = { ...values, ...(v as JsonObject) };
  }
  frame.assigned = values;
  return output;
}

/** Arguments (JSONata) against $states.input; the input itself when absent. */
export async function argumentsStage(frame: Frame, field = 'Arguments'): Promise<Json | Failure | LocatedFailure> {
  const template = frame.state.def[field];
  if (template === undefined) return frame.input;
  const bindings = { states: { input: frame.input, context: frame.context } };
  const v = await evaluateJsonataTemplate(template, bindings, frame, field);
  if (isFailure(v)) return new LocatedFailure(v, field);
  frame.afterParameters = v;
  return payloadFailure(v, frame.state.name, `The ${field} of state '${frame.state.name}'`) ?? v;
}

export function jsonataBindings(frame: Frame): { states: Json } {
  return { states: { input: frame.input, context: frame.context } };
}
