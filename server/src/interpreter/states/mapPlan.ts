/*
 * The Map state's plan before iterations start: the items (ItemsPath / Items / ItemReader), how
 * each child input is built (ItemSelector with $$.Map.Item, ItemBatcher), MaxConcurrency and the
 * tolerated failures, in both query languages (input-output-itemselector, -itembatcher pages).
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure } from '../failure';
import { evaluatePath } from '../jsonpath';
import { evaluatePayloadTemplate } from '../payload';
import { evaluateJsonata, evaluateJsonataTemplate, isJsonataString } from '../jsonata';
import { withMapItem } from '../context';
import { inputStage, jsonataBindings, LocatedFailure } from '../flow';
import { readItems } from '../map/itemReader';
import { batchItems } from '../map/itemBatcher';
import { isJsonObject, type EvalScope, type Json, type JsonObject } from '../value';

export interface MapPlan {
  readonly count: number;
  inputFor(index: number): Json | Failure | Promise<Json | Failure>;
  readonly maxConcurrency: number;
  readonly toleratedCount?: number;
  readonly toleratedPercentage?: number;
}

type Field = (name: string) => Json | Failure | undefined;

export function prepareMapJsonPath(engine: Engine, frame: Frame): MapPlan | Failure | Promise<MapPlan | Failure> {
  const def = frame.state.def;
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  const field: Field = (name) => (typeof def[name + 'Path'] === 'string' ? evaluatePath(def[name + 'Path'] as string, effective, frame) : def[name]);
  const items = frame.state.distributed && isJsonObject(def.ItemReader)
    ? readerItems(engine, def.ItemReader, (v) => evaluatePayloadTemplate(v, effective, frame), (n, rc) => (typeof rc[n + 'Path'] === 'string' ? evaluatePath(rc[n + 'Path'] as string, effective, frame) : rc[n]))
    : typeof def.ItemsPath === 'string' ? evaluatePath(def.ItemsPath, effective, frame) : effective;
  if (isFailure(items)) return items;
  if (!Array.isArray(items)) return new Failure('States.Runtime', `The items of Map state '${frame.state.name}' are not an array (got ${JSON.stringify(items)?.slice(0, 100)}).`);
  const selector = def.ItemSelector ?? def.Parameters;
  const select = (i: number): Json | Failure => (selector === undefined ? items[i] : evaluatePayloadTemplate(selector, effective, itemScope(frame, i, items[i])));
  return finishPlan(frame, items, select, field, (v) => evaluatePayloadTemplate(v, effective, frame));
}

export async function prepareMapJsonata(engine: Engine, frame: Frame): Promise<MapPlan | Failure | LocatedFailure> {
  const def = frame.state.def;
  const bindings = jsonataBindings(frame);
  const evalField = async (v: Json | undefined, location: string): Promise<Json | undefined | LocatedFailure> => {
    if (v === undefined) return undefined;
    const r = isJsonataString(v) ? await evaluateJsonata(v.slice(2, -2), bindings, frame) : await evaluateJsonataTemplate(v, bindings, frame);
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
    items = readItems(engine.env.objects, { resource: String(reader.Resource ?? ''), args: args ?? {}, readerConfig: rc, maxItems: typeof max === 'number' ? max : undefined });
  } else items = def.Items === undefined ? frame.input : await evalField(def.Items, 'Items');
  if (items instanceof LocatedFailure || isFailure(items)) return items;
  if (!Array.isArray(items)) return new LocatedFailure(new Failure('States.QueryEvaluationError', `The Items of Map state '${frame.state.name}' are not an array.`), 'Items');
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
    return evaluateJsonataTemplate(selector, { states: { input: frame.input, context } }, frame);
  };
  const batchInput = isJsonObject(def.ItemBatcher) ? await evalField(def.ItemBatcher.BatchInput, 'ItemBatcher') : undefined;
  if (batchInput instanceof LocatedFailure) return batchInput;
  return finishPlan(frame, list, select, (n) => values[n], () => batchInput ?? null);
}

function readerItems(engine: Engine, reader: JsonObject, template: (v: Json) => Json | Failure, config: (name: string, rc: JsonObject) => Json | Failure | undefined): Json | Failure {
  const args = template(reader.Parameters ?? {});
  if (isFailure(args)) return args;
  const rc = isJsonObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const max = config('MaxItems', rc);
  if (isFailure(max)) return max;
  return readItems(engine.env.objects, { resource: String(reader.Resource ?? ''), args, readerConfig: rc, maxItems: typeof max === 'number' ? max : undefined });
}

function itemScope(frame: Frame, index: number, value: Json): EvalScope {
  return { context: withMapItem(frame.context, index, value), variable: frame.variable, random: frame.random };
}

function finishPlan(
  frame: Frame, items: Json[], select: (i: number) => Json | Failure | Promise<Json | Failure>, field: Field, template: (v: Json) => Json | Failure,
): MapPlan | Failure | Promise<MapPlan | Failure> {
  const def = frame.state.def;
  const nums: (number | undefined)[] = [];
  for (const name of ['MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage']) {
    const v = field(name);
    if (isFailure(v)) return v;
    nums.push(typeof v === 'number' ? v : undefined);
  }
  const base = { maxConcurrency: nums[0] ?? 0, toleratedCount: nums[1], toleratedPercentage: nums[2] };
  if (!(frame.state.distributed && isJsonObject(def.ItemBatcher))) return { ...base, count: items.length, inputFor: select };
  return batched(frame, items, select, field, template, base);
}

async function batched(
  frame: Frame, items: Json[], select: (i: number) => Json | Failure | Promise<Json | Failure>, field: Field, template: (v: Json) => Json | Failure,
  base: Omit<MapPlan, 'count' | 'inputFor'>,
): Promise<MapPlan | Failure> {
  const batcher = frame.state.def.ItemBatcher as JsonObject;
  const selected: Json[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = await select(i);
    if (isFailure(v)) return v;
    selected.push(v);
  }
  const maxItems = typeof batcher.MaxItemsPerBatchPath === 'string' ? field('MaxItemsPerBatch') : batcher.MaxItemsPerBatch;
  const maxBytes = typeof batcher.MaxInputBytesPerBatchPath === 'string' ? field('MaxInputBytesPerBatch') : batcher.MaxInputBytesPerBatch;
  let batchInput: Json | Failure | undefined = batcher.BatchInput;
  if (batchInput !== undefined && !frame.state.jsonata) batchInput = template(batchInput);
  else if (batchInput !== undefined) batchInput = template(batchInput);
  if (isFailure(batchInput)) return batchInput;
  const batches = batchItems(selected, { maxItems: typeof maxItems === 'number' ? maxItems : undefined, maxBytes: typeof maxBytes === 'number' ? maxBytes : undefined, batchInput });
  return { ...base, count: batches.length, inputFor: (i) => batches[i] };
}
