/*
 * From a cursor path to ASL meaning: the innermost machine and state, the path relative to them,
 * the query language, and the spec (object shape or field) at that place. Shared by completion
 * and hover. Reads the model and the spec tables only.
 */
import type { AslDocument, AslMachine, AslState, QueryLanguage } from '../../asl/types';
import { STATE_TYPES, shapeSpec, stateTypeSpec, type FieldSpec } from '../../asl/spec';
import type { PathSegment } from './cursor';

export interface Scope {
  /** Innermost machine (top-level, branch or item processor) holding the path. */
  readonly machine?: AslMachine;
  /** Innermost state holding the path; undefined at the machine level. */
  readonly state?: AslState;
  /** The path relative to the state's object (or, without a state, the machine's object). */
  readonly rel: readonly PathSegment[];
  readonly language: QueryLanguage;
}

/** Resolves a root path into machine, state and relative path. Cost: depth × name lookups. */
export function resolveScope(asl: AslDocument, path: readonly PathSegment[]): Scope {
  let machine = asl.machine;
  let state: AslState | undefined;
  let i = 0;
  while (machine !== undefined && i < path.length) {
    if (state === undefined) {
      const name = path[i + 1];
      if (path[i] !== 'States' || typeof name !== 'string') break;
      const found = machine.stateByName.get(name);
      if (found === undefined) break;
      state = found;
      i += 2;
      continue;
    }
    const child = childMachine(state, path[i], path[i + 1]);
    if (child === undefined) break;
    machine = child.machine;
    state = undefined;
    i += child.used;
  }
  const language = state?.queryLanguage ?? machine?.queryLanguage ?? 'JSONPath';
  return { machine, state, rel: path.slice(i), language };
}

function childMachine(
  state: AslState,
  key: PathSegment,
  index: PathSegment | undefined,
): { machine: AslMachine; used: number } | undefined {
  if (key === 'Branches' && typeof index === 'number') {
    const m = state.children.find((c) => c.owner?.kind === 'Branch' && c.owner.index === index);
    return m === undefined ? undefined : { machine: m, used: 2 };
  }
  if (key === 'ItemProcessor' || key === 'Iterator') {
    const m = state.children.find((c) => c.owner?.kind === key);
    return m === undefined ? undefined : { machine: m, used: 1 };
  }
  return undefined;
}

/** Name of the object shape of a machine object. */
export function machineShapeName(machine: AslMachine | undefined): string {
  const kind = machine?.owner?.kind;
  if (kind === 'Branch') return 'Branch';
  if (kind === 'ItemProcessor' || kind === 'Iterator') return kind;
  return 'StateMachine';
}

/** Fields of the object at the scope's path, or undefined when it is free-form (payloads) or unknown. */
export type FieldTable = Readonly<Record<string, FieldSpec>>;

export interface ObjectAt {
  readonly fields: FieldTable;
  /** 'state' for a state object, else the shape name. */
  readonly shape: string;
}

/** The spec of the object at `rel` (a key position). */
export function objectAt(scope: Scope): ObjectAt | undefined {
  let current: ObjectAt | undefined = rootObject(scope);
  let pendingArray: FieldSpec | undefined;
  for (const seg of scope.rel) {
    if (current === undefined) return undefined;
    if (pendingArray !== undefined) {
      if (typeof seg !== 'number' || pendingArray.itemShape === undefined) return undefined;
      current = shapeObject(pendingArray.itemShape);
      pendingArray = undefined;
      continue;
    }
    if (typeof seg !== 'string' || !Object.prototype.hasOwnProperty.call(current.fields, seg)) return undefined;
    const f = current.fields[seg];
    if (f.itemShape !== undefined) pendingArray = f;
    else if (f.shape !== undefined) current = shapeObject(f.shape);
    else return undefined;
  }
  return pendingArray === undefined ? current : undefined;
}

function rootObject(scope: Scope): ObjectAt | undefined {
  if (scope.state === undefined) return shapeObject(machineShapeName(scope.machine));
  const spec = scope.state.type === undefined ? undefined : stateTypeSpec(scope.state.type);
  return { fields: spec === undefined ? anyStateFields() : spec.fields, shape: 'state' };
}

let unionCache: FieldTable | undefined;

/** Every field of every state type (first definition wins), for a state whose Type is not known yet. */
function anyStateFields(): FieldTable {
  if (unionCache === undefined) {
    const out: Record<string, FieldSpec> = {};
    for (const spec of Object.values(STATE_TYPES))
      for (const f of Object.values(spec.fields)) if (!(f.name in out)) out[f.name] = f;
    out.Type = {
      ...out.Type,
      doc: 'The state type: `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.',
    };
    unionCache = out;
  }
  return unionCache;
}

function shapeObject(name: string): ObjectAt | undefined {
  const s = shapeSpec(name);
  return s === undefined ? undefined : { fields: s.fields, shape: name };
}

/** The field spec of the value at `rel` (a value position: the last segment is the key or an index). */
export function fieldAt(scope: Scope): { field: FieldSpec; item: boolean; owner: ObjectAt } | undefined {
  const rel = scope.rel;
  if (rel.length === 0) return undefined;
  const last = rel[rel.length - 1];
  if (typeof last === 'number' && rel.length >= 2) {
    const owner = objectAt({ ...scope, rel: rel.slice(0, -2) });
    const key = rel[rel.length - 2];
    if (owner === undefined || typeof key !== 'string' || !has(owner.fields, key)) return undefined;
    return { field: owner.fields[key], item: true, owner };
  }
  const owner = objectAt({ ...scope, rel: rel.slice(0, -1) });
  if (owner === undefined || typeof last !== 'string' || !has(owner.fields, last)) return undefined;
  return { field: owner.fields[last], item: false, owner };
}

function has(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}
