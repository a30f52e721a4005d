/*
 * Turns a definition (plain JSON) into linked, pre-digested machines and states once, so that
 * the engine's hot loop reads fields instead of re-inspecting the definition. Assumes the
 * definition passed the validator; anything malformed becomes a States.Runtime failure at run time.
 */
import { isJsonObject, type Json, type JsonObject } from './value';

export type StateType = 'Pass' | 'Task' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

export interface CompiledRetrier {
  readonly errorEquals: readonly string[];
  readonly intervalSeconds: number;
  readonly maxAttempts: number;
  readonly backoffRate: number;
  readonly maxDelaySeconds?: number;
  readonly jitter: boolean;
}

export interface CompiledCatcher {
  readonly errorEquals: readonly string[];
  readonly next: string;
  readonly def: JsonObject;
}

export interface CompiledState {
  readonly name: string;
  readonly type: StateType;
  readonly def: JsonObject;
  readonly jsonata: boolean;
  readonly next?: string;
  readonly end: boolean;
  readonly machine: CompiledMachine;
  /** JSONPath fields, resolved once ('$' defaults become undefined = identity). */
  readonly inputPath: string | null | undefined;
  readonly outputPath: string | null | undefined;
  readonly resultPath: string | null | undefined;
  readonly hasResultPath: boolean;
  readonly parameters?: Json;
  readonly resultSelector?: Json;
  readonly assign?: Json;
  readonly retry: readonly CompiledRetrier[];
  readonly catchers: readonly CompiledCatcher[];
  /** Parallel branches, or the Map's item processor (one entry). */
  readonly children: readonly CompiledMachine[];
  readonly distributed: boolean;
}

export interface CompiledMachine {
  readonly id: string;
  readonly startAt: string;
  readonly states: Map<string, CompiledState>;
  readonly jsonata: boolean;
  readonly owner?: CompiledState;
}

const PATH_DEFAULT = '$';

const compiledDefinitions = new WeakMap<object, CompiledMachine>();

/** The compiled top-level machine of a definition, compiled once per definition object (definitions are immutable). */
export function compileDefinition(def: Json): CompiledMachine {
  if (def === null || typeof def !== 'object') return compileMachine(def);
  let machine = compiledDefinitions.get(def);
  if (machine === undefined) {
    machine = compileMachine(def);
    compiledDefinitions.set(def, machine);
  }
  return machine;
}

export function compileMachine(
  def: Json,
  inheritedJsonata = false,
  id = 'root',
  owner?: CompiledState,
): CompiledMachine {
  const obj = isJsonObject(def) ? def : {};
  const jsonata = usesJsonata(obj.QueryLanguage, inheritedJsonata);
  const machine: CompiledMachine = {
    id,
    startAt: typeof obj.StartAt === 'string' ? obj.StartAt : '',
    states: new Map(),
    jsonata,
    owner,
  };
  const states = isJsonObject(obj.States) ? obj.States : {};
  for (const name of Object.keys(states)) {
    const sdef = states[name];
    if (isJsonObject(sdef)) machine.states.set(name, compileState(name, sdef, machine));
  }
  return machine;
}

function compileState(name: string, def: JsonObject, machine: CompiledMachine): CompiledState {
  const jsonata = usesJsonata(def.QueryLanguage, machine.jsonata);
  const children: CompiledMachine[] = [];
  const state: CompiledState = {
    name,
    type: def.Type as StateType,
    def,
    jsonata,
    next: typeof def.Next === 'string' ? def.Next : undefined,
    end: def.End === true,
    machine,
    inputPath: pathField(def, 'InputPath'),
    outputPath: pathField(def, 'OutputPath'),
    resultPath: pathField(def, 'ResultPath'),
    hasResultPath: 'ResultPath' in def,
    parameters: def.Parameters,
    resultSelector: def.ResultSelector,
    assign: def.Assign,
    retry: Array.isArray(def.Retry) ? def.Retry.filter(isJsonObject).map(compileRetrier) : [],
    catchers: Array.isArray(def.Catch) ? def.Catch.filter(isJsonObject).map(compileCatcher) : [],
    children,
    distributed: isDistributed(def),
  };
  children.push(...childMachines(state, def, jsonata));
  return state;
}

/** A QueryLanguage field decides; without one the enclosing machine's language applies. */
function usesJsonata(queryLanguage: Json | undefined, inherited: boolean): boolean {
  if (queryLanguage === 'JSONata') return true;
  if (queryLanguage === 'JSONPath') return false;
  return inherited;
}

function childMachines(state: CompiledState, def: JsonObject, jsonata: boolean): CompiledMachine[] {
  if (def.Type === 'Parallel' && Array.isArray(def.Branches)) {
    return def.Branches.map((b, i) => compileMachine(b, jsonata, `${state.name}/Branches[${i}]`, state));
  }
  if (def.Type === 'Map') {
    const proc = def.ItemProcessor ?? def.Iterator;
    return [compileMachine(proc ?? {}, jsonata, `${state.name}/ItemProcessor`, state)];
  }
  return [];
}

function isDistributed(def: JsonObject): boolean {
  const proc = def.ItemProcessor;
  return isJsonObject(proc) && isJsonObject(proc.ProcessorConfig) && proc.ProcessorConfig.Mode === 'DISTRIBUTED';
}

/** undefined = identity ('$' or absent), null = explicit null, else the path. */
function pathField(def: JsonObject, key: string): string | null | undefined {
  if (!(key in def)) return undefined;
  const v = def[key];
  if (v === null) return null;
  return typeof v === 'string' && v !== PATH_DEFAULT ? v : undefined;
}

function compileRetrier(r: JsonObject): CompiledRetrier {
  return {
    errorEquals: stringArray(r.ErrorEquals),
    intervalSeconds: typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1,
    maxAttempts: typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3,
    backoffRate: typeof r.BackoffRate === 'number' ? r.BackoffRate : 2,
    maxDelaySeconds: typeof r.MaxDelaySeconds === 'number' ? r.MaxDelaySeconds : undefined,
    jitter: r.JitterStrategy === 'FULL',
  };
}

function compileCatcher(c: JsonObject): CompiledCatcher {
  return { errorEquals: stringArray(c.ErrorEquals), next: typeof c.Next === 'string' ? c.Next : '', def: c };
}

function stringArray(v: Json | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
