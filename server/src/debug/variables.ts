/*
 * The Variables view of a stop: per stack frame the scopes State (TestState's stages), Variables
 * (Assign), Context (`$$`) and Error, each value expanding lazily (arrays paged through indexed
 * variables). A container remembers where it sits in the state's input, so that setVariable can
 * edit the input of a state that has not run yet. DAP-shaped values, no DAP session.
 */
import type { FrameSnapshot } from '../interpreter/snapshot';
import type { Json } from '../interpreter/value';

export interface VariableView {
  readonly name: string;
  readonly value: string;
  readonly type: string;
  readonly variablesReference: number;
  readonly indexedVariables?: number;
  readonly namedVariables?: number;
}

/** A container shown in the view; `inputPath` is set when it is (inside) the editable state input. */
interface Container {
  readonly value: Json | Record<string, Json | undefined>;
  readonly frameLabel: string;
  readonly inputPath?: readonly (string | number)[];
  /** The State scope: its "Input" child is the editable input when `editable`. */
  readonly stateScope?: { readonly editable: boolean };
}

const PAGE_THRESHOLD = 100;

export const STAGES: readonly (readonly [keyof FrameSnapshot, string])[] = [
  ['input', 'Input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters'],
  ['afterArguments', 'After Arguments'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['output', 'Output'],
];

export class VariableStore {
  private containers: Container[] = [];

  /** Forget every reference (a new stop). */
  reset(): void {
    this.containers = [];
  }

  /** A reference for a scope or a value; 0 for scalars. */
  add(container: Container): number {
    this.containers.push(container);
    return this.containers.length;
  }

  get(ref: number): Container | undefined {
    return this.containers[ref - 1];
  }

  /** The State scope: the stages computed so far, plus phase, retries and task token. */
  stateScope(s: FrameSnapshot, editable: boolean): number {
    const value: Record<string, Json | undefined> = {};
    for (const [key, label] of STAGES) if (s[key] !== undefined) value[label] = s[key] as Json;
    value.Phase = s.phase;
    if (s.retryCount > 0) value['Retry count'] = s.retryCount;
    if (s.taskToken !== undefined) value['Task token'] = s.taskToken;
    return this.add({ value, frameLabel: s.label, stateScope: { editable } });
  }

  /** Children of a container, paged for arrays (`start`, `count`) when the client asks. */
  children(ref: number, start = 0, count?: number): VariableView[] {
    const c = this.get(ref);
    if (c === undefined) return [];
    const v = c.value;
    if (Array.isArray(v)) {
      const end = count === undefined || count === 0 ? v.length : Math.min(v.length, start + count);
      const out: VariableView[] = [];
      for (let i = start; i < end; i++) out.push(this.view(String(i), v[i], c, i));
      return out;
    }
    if (v === null || typeof v !== 'object') return [];
    return Object.entries(v)
      .filter((entry): entry is [string, Json] => entry[1] !== undefined)
      .map(([k, x]) => this.view(k, x, c, k));
  }

  /** Where a child of `ref` sits in the editable state input; undefined when it cannot be edited. */
  inputPathOf(ref: number, name: string): readonly (string | number)[] | undefined {
    const c = this.get(ref);
    if (c === undefined) return undefined;
    return childInputPath(c, Array.isArray(c.value) ? Number(name) : name);
  }

  private view(name: string, value: Json, parent: Container, key: string | number): VariableView {
    const inputPath = childInputPath(parent, key);
    const base = { name, value: preview(value), type: typeOf(value) };
    if (value === null || typeof value !== 'object') return { ...base, variablesReference: 0 };
    const ref = this.add({ value, frameLabel: parent.frameLabel, inputPath });
    if (Array.isArray(value))
      return {
        ...base,
        variablesReference: ref,
        ...(value.length > PAGE_THRESHOLD ? { indexedVariables: value.length } : {}),
      };
    const size = Object.keys(value).length;
    return { ...base, variablesReference: ref, ...(size > PAGE_THRESHOLD ? { namedVariables: size } : {}) };
  }
}

/** The path inside the state input of a child: the State scope's "Input" is the input itself. */
function childInputPath(parent: Container, key: string | number): readonly (string | number)[] | undefined {
  if (parent.stateScope !== undefined) return parent.stateScope.editable && key === 'Input' ? [] : undefined;
  return parent.inputPath === undefined ? undefined : [...parent.inputPath, key];
}

export function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A one-line preview: JSON for scalars, `Array(3)`, `{a, b, …}`. */
export function preview(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `Array(${value.length})`;
  const keys = Object.keys(value);
  const shown = keys.slice(0, 5).join(', ');
  return `{${shown}${keys.length > 5 ? ', …' : ''}}`;
}

/** A copy of `root` with the value at `path` replaced (objects and arrays along the path copied). */
export function setAt(root: Json, path: readonly (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...root];
    copy[key] = setAt(root[key], rest, value);
    return copy;
  }
  if (root !== null && typeof root === 'object' && !Array.isArray(root)) {
    const copy: Record<string, Json> = { ...root };
    copy[String(key)] = setAt(root[String(key)] ?? null, rest, value);
    return copy;
  }
  return root;
}
