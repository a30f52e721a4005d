/*
 * The Map state's plan before iterations start: the items (ItemsPath / Items / ItemReader), how
 * each child input is built (ItemSelector with $$.Map.Item, ItemBatcher), MaxConcurrency and the
 * tolerated failures, in both query languages (input-output-itemselector, -itembatcher pages).
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure, LocatedFailure } from '../failure';
import { evaluatePath } from '../jsonpath';
import { evaluatePayloadTemplate } from '../payload';
import { evaluateJsonata, evaluateJsonataTemplate, isJsonataString } from '../jsonata';
import { withMapItem } from '../context';
import { jsonataBody } from './common';
import { pathParameterFailure, unexpectedJsonataType } from '../causes';
import { inputStage, jsonataBindings } from '../flow';
import { readItems } from '../map/itemReader';
import { batchItems, type BatchSettings } from '../map/itemBatcher';
import { isJsonObject, type EvalScope, type Json, type JsonObject } from '../value';

export interface MapPlan {
  readonly count: number;
  inputFor(index: number): Json | Failure | Promise<Json | Failure>;
  readonly maxConcurrency: number;
  readonly toleratedCount?: number;
  readonly toleratedPercentage?: number;
}

/** The run data of a Map visit (Frame.mapRun): child inputs and start time, for the distributed ResultWriter. */
export interface MapRun {
  readonly inputs: Json[];
  readonly startedAt: number;
}

type Field = (name: string) => Json | Failure | undefined;

export function prepareMapJsonPath(engine: Engine, frame: Frame): MapPlan | Failure | Promise<MapPlan | Failure> {
  const def = frame.state.def;
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  const field: Field = (name) => pathOrValue(def, name, effective, frame);
  const items = jsonPathItems(engine, frame, effective);
  if (isFailure(items)) return items;
  if (!Array.isArray(items))
    return new Failure(
      'States.Runtime',
      `The items of Map state '${frame.state.name}' are not an array (got ${JSON.stringify(items)?.slice(0, 100)}).`,
    );
  const selector = def.ItemSelector ?? def.Parameters;
  const select = (i: number): Json | Failure =>
    selector === undefined ? items[i] : evaluatePayloadTemplate(selector, effective, itemScope(frame, i, items[i]));
  const batcher = isJsonObject(def.ItemBatcher) ? def.ItemBatcher : undefined;
  const batch = batcher === undefined ? undefined : jsonPathBatchSettings(batcher, effective, frame);
  return finishPlan(frame, items, select, field, batch);
}

/** `<name>Path` evaluated against the effective input when present, else the literal `<name>`. */
function pathOrValue(obj: JsonObject, name: string, effective: Json, frame: Frame): Json | Failure | undefined {
  const path = obj[name + 'Path'];
  return typeof path === 'string' ? evaluatePath(path, effective, frame) : obj[name];
}

/** The items: an ItemReader's (distributed), ItemsPath's, or the effective input itself. */
function jsonPathItems(engine: Engine, frame: Frame, effective: Json): Json | Failure {
  const def = frame.state.def;
  if (frame.state.distributed && isJsonObject(def.ItemReader)) {
    const template = (v: Json) => evaluatePayloadTemplate(v, effective, frame);
    return readerItems(engine, def.ItemReader, template, (n, rc) => pathOrValue(rc, n, effective, frame));
  }
  return typeof def.ItemsPath === 'string' ? evaluatePath(def.ItemsPath, effective, frame) : effective;
}

function jsonPathBatchSettings(batcher: JsonObject, effective: Json, frame: Frame): BatchSettings | Failure {
  const batchInput =
    batcher.BatchInput === undefined ? undefined : evaluatePayloadTemplate(batcher.BatchInput, effective, frame);
  return batchSettings(
    pathOrValue(batcher, 'MaxItemsPerBatch', effective, frame),
    pathOrValue(batcher, 'MaxInputBytesPerBatch', effective, frame),
    batchInput,
  );
}

function batchSettings(
  maxItems: Json | Failure | undefined,
  maxBytes: Json | Failure | undefined,
  batchInput: Json | Failure | undefined,
): BatchSettings | Failure {
  for (const v of [maxItems, maxBytes, batchInput]) if (isFailure(v)) return v;
  return {
    maxItems: typeof maxItems === 'number' ? maxItems : undefined,
    maxBytes: typeof maxBytes === 'number' ? maxBytes : undefined,
    batchInput: batchInput as Json | undefined,
  };
}

export async function prepareMapJsonata(engine: Engine, frame: Frame): Promise<MapPlan | Failure | LocatedFailure> {
  const def = frame.state.def;
  const bindings = jsonataBindings(frame);
  const evalField = async (v: Json | undefined, location: string): Promise<Json | undefined | LocatedFailure> => {
    if (v === undefined) return undefined;
    const r = isJsonataString(v)
      ? await evaluateJsonata(jsonataBody(v), bindings, frame, location)
      : await evaluateJsonataTemplate(v, bindings, frame, location);
    return isFailure(r) ? new LocatedFailure(r, location) : r;
  };
  let items: Json | undefined | LocatedFailure | Failure;
  if (frame.state.distributed && isJsonObject(def.ItemReader)) {
    const reader = def.ItemReader;
    const args = await evalField(reader.Arguments ?? reader.Parameters ?? {}, 'ItemReader');
    if (args instanceof LocatedFailure) return args;
    const rc = isJsonObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
    const max = await evalField(rc.MaxItems, 'ItemReader');
    if (max instanceof LocatedFailure) return max;
    items = readItems(engine.env.objects, {
      resource: String(reader.Resource ?? ''),
      args: args ?? {},
      readerConfig: rc,
      maxItems: typeof max === 'number' ? max : undefined,
    });
  } else items = def.Items === undefined ? frame.input : await evalField(def.Items, 'Items');
  if (items instanceof LocatedFailure || isFailure(items)) return items;
  if (!Array.isArray(items)) return new LocatedFailure(itemsNotArray(def.Items, items), 'Items');
  const values: Record<string, Json | undefined> = {};
  for (const name of ['MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage']) {
    const v = await evalField(def[name], name);
    if (v instanceof LocatedFailure) return v;
    values[name] = v;
  }
  const selector = def.ItemSelector;
  const list = items;
  const select = async (i: number): Promise<Json | Failure> => {
    if (selector === undefined) return list[i];
    const context = withMapItem(frame.context, i, list[i]);
    return evaluateJsonataTemplate(selector, { states: { input: frame.input, context } }, frame, 'ItemSelector');
  };
  let batch: BatchSettings | Failure | undefined;
  if (isJsonObject(def.ItemBatcher)) {
    const parts: (Json | undefined)[] = [];
    for (const name of ['MaxItemsPerBatch', 'MaxInputBytesPerBatch', 'BatchInput']) {
      const v = await evalField(def.ItemBatcher[name], 'ItemBatcher');
      if (v instanceof LocatedFailure) return v;
      parts.push(v);
    }
    batch = batchSettings(parts[0], parts[1], parts[2]);
  }
  return finishPlan(frame, list, select, (n) => values[n], batch);
}

function readerItems(
  engine: Engine,
  reader: JsonObject,
  template: (v: Json) => Json | Failure,
  config: (name: string, rc: JsonObject) => Json | Failure | undefined,
): Json | Failure {
  const args = template(reader.Parameters ?? {});
  if (isFailure(args)) return args;
  const rc = isJsonObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const max = config('MaxItems', rc);
  if (isFailure(max)) return max;
  return readItems(engine.env.objects, {
    resource: String(reader.Resource ?? ''),
    args,
    readerConfig: rc,
    maxItems: typeof max === 'number' ? max : undefined,
  });
}

function itemScope(frame: Frame, index: number, value: Json): EvalScope {
  return { context: withMapItem(frame.context, index, value), variable: frame.variable, random: frame.random };
}

function finishPlan(
  frame: Frame,
  items: Json[],
  select: (i: number) => Json | Failure | Promise<Json | Failure>,
  field: Field,
  batch: BatchSettings | Failure | undefined,
): MapPlan | Failure | Promise<MapPlan | Failure> {
  const nums: (number | undefined)[] = [];
  for (const name of ['MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage']) {
    const v = field(name);
    if (isFailure(v)) return v;
    const bad = v === undefined ? undefined : badSetting(frame, name, v);
    if (bad !== undefined) return bad;
    nums.push(typeof v === 'number' ? v : undefined);
  }
  const base = { maxConcurrency: nums[0] ?? 0, toleratedCount: nums[1], toleratedPercentage: nums[2] };
  if (isFailure(batch)) return batch;
  if (!frame.state.distributed || batch === undefined) return { ...base, count: items.length, inputFor: select };
  return batched(items, select, batch, base);
}

async function batched(
  items: Json[],
  select: (i: number) => Json | Failure | Promise<Json | Failure>,
  settings: BatchSettings,
  base: Omit<MapPlan, 'count' | 'inputFor'>,
): Promise<MapPlan | Failure> {
  const selected: Json[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = await select(i);
    if (isFailure(v)) return v;
    selected.push(v);
  }
  const batches = batchItems(selected, settings);
  return { ...base, count: batches.length, inputFor: (i) => batches[i] };
}

/**
 * A Map setting AWS refuses at run time: not a number, negative, or (percentage) over 100. From a
 * `…Path` it is States.Runtime (AWS: "references an invalid value"); from JSONata a query error.
 */
function badSetting(frame: Frame, name: string, v: Json): Failure | undefined {
  const ok = typeof v === 'number' && v >= 0 && (name !== 'ToleratedFailurePercentage' || v <= 100);
  if (ok) return undefined;
  const def = frame.state.def;
  const path = def[name + 'Path'];
  if (typeof path === 'string') return pathParameterFailure(`${name}Path`, 'references an invalid value', path, v);
  return new Failure(
    frame.state.jsonata ? 'States.QueryEvaluationError' : 'States.Runtime',
    `The field '${name}' of state '${frame.state.name}' must be ${name === 'ToleratedFailurePercentage' ? 'a number from 0 to 100' : 'a non-negative number'}, but was ${JSON.stringify(v)}`,
  );
}

/** AWS's cause for Items (JSONata) that are not an array; a template (not one expression) shows as JSON. */
function itemsNotArray(template: Json | undefined, items: Json | undefined): Failure {
  const expression = isJsonataString(template) ? jsonataBody(template) : JSON.stringify(template ?? '$states.input');
  return unexpectedJsonataType(expression, 'Items', 'array', items);
}
