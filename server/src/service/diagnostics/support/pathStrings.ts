/*
 * Every JSONPath-mode string that holds a path or an intrinsic call: path-typed fields of the spec
 * tables (InputPath, ResultPath, ItemsPath, *Path, Variable, ErrorPath, ...) and the values of `.$`
 * template keys. Each string node appears once.
 */
import type { ValueKind } from '../../../asl/spec';
import type { AslScalarNode, AslState } from '../../../asl/types';
import { entryKinds, type ShapedObject } from './shapes';
import type { ExpressionSites } from './sites';

export interface PathString {
  readonly node: AslScalarNode;
  readonly state?: AslState;
  /** Field or template key holding the string. */
  readonly field: string;
  /** 'reference' when only a reference path is allowed; 'template' for `.$` values (path or intrinsic). */
  readonly accepts: 'path' | 'reference' | 'template' | 'pathOrIntrinsic';
}

const PATH_KINDS: ReadonlySet<ValueKind> = new Set(['path', 'referencePath', 'intrinsic']);

const pathKindCache = new WeakMap<readonly ValueKind[], PathString['accepts'] | null>();

/** What a field with these kinds accepts as a path string (null: not a path field). Cached per kinds array. */
function pathAccepts(kinds: readonly ValueKind[]): PathString['accepts'] | null {
  let result = pathKindCache.get(kinds);
  if (result === undefined) {
    result = kinds.some((k) => PATH_KINDS.has(k)) ? accepts(kinds) : null;
    pathKindCache.set(kinds, result);
  }
  return result;
}

type AcceptsTable = Record<string, PathString['accepts'] | null>;
const acceptsCache = new WeakMap<object, AcceptsTable>();

/** pathAccepts by field name, per kinds table (filled as fields are met): one cache lookup per object. */
function acceptsByField(obj: ShapedObject): AcceptsTable {
  let table = acceptsCache.get(obj.kindsByField);
  if (!table) acceptsCache.set(obj.kindsByField, (table = Object.create(null) as AcceptsTable));
  return table;
}

export function collectPathStrings(shaped: readonly ShapedObject[], sites: ExpressionSites): PathString[] {
  const out: PathString[] = [];
  for (let i = 0; i < shaped.length; i++) {
    const obj = shaped[i];
    if (obj.language !== 'JSONPath') continue;
    const byField = acceptsByField(obj);
    const props = obj.node.properties;
    for (let j = 0; j < props.length; j++) {
      const prop = props[j];
      if (prop.value?.kind !== 'string') continue;
      const kinds = entryKinds(obj, prop);
      if (kinds.length === 0) continue;
      let accepted = byField[prop.key];
      if (accepted === undefined) accepted = byField[prop.key] = pathAccepts(kinds);
      if (accepted === null) continue;
      out.push({ node: prop.value, state: obj.state, field: prop.key, accepts: accepted });
    }
  }
  /* a spec field may itself end with `.$` (Credentials' RoleArn.$): its value is listed once, above */
  const listed = new Set<AslScalarNode>();
  for (let i = 0; i < out.length; i++) if (out[i].field.endsWith('.$')) listed.add(out[i].node);
  for (const site of sites.templates) {
    const value = site.prop.value;
    if (value?.kind !== 'string' || listed.has(value)) continue;
    out.push({ node: value, state: site.state, field: site.prop.key, accepts: 'template' });
  }
  return out;
}

function accepts(kinds: readonly ValueKind[]): PathString['accepts'] {
  if (kinds.includes('intrinsic')) return 'pathOrIntrinsic';
  return kinds.includes('path') ? 'path' : 'reference';
}
