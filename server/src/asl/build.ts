/*
 * Internal constructors for the AslNode tree, shared by the JSON and YAML parsers. Nodes are small
 * class instances that carry their offsets as plain fields (`start`, `end`); `span` is the node
 * itself, so a tree costs one object per node or property, not three. Knows no JSON/YAML syntax.
 */
import type { AslArrayNode, AslNode, AslObjectNode, AslProperty, AslScalarNode, Span } from './types';

/** Containers nested deeper than this are dropped (and reported): keeps every consumer's recursion bounded. */
export const MAX_DEPTH = 256;

export const TOO_DEEP_MESSAGE = `The document nests objects and arrays more than ${MAX_DEPTH} levels deep; deeper content is ignored`;

type Parent = AslProperty | AslArrayNode | undefined;

export function span(start: number, end: number): Span {
  return { start, end };
}

/* The classes are exported for the parsers only; everyone else sees the read-only interfaces of types.ts. */

export class ObjectNode implements AslObjectNode {
  readonly kind = 'object' as const;
  constructor(
    public start: number,
    public end: number,
    public properties: AslProperty[],
    readonly parent: Parent,
  ) {}
  get span(): Span {
    return this;
  }
}

export class ArrayNode implements AslArrayNode {
  readonly kind = 'array' as const;
  constructor(
    public start: number,
    public end: number,
    public items: AslNode[],
    readonly parent: Parent,
  ) {}
  get span(): Span {
    return this;
  }
}

export class ScalarNode implements AslScalarNode {
  /** contentStart - start, times two, plus end - contentEnd (0 or 1: a closing quote): one field, not two. */
  private readonly trim: number;
  constructor(
    readonly kind: AslScalarNode['kind'],
    readonly value: AslScalarNode['value'],
    public start: number,
    public end: number,
    contentStart: number,
    contentEnd: number,
    readonly parent: Parent,
  ) {
    const lead = Math.max(0, contentStart - start);
    this.trim = lead * 2 + (end - contentEnd === 1 ? 1 : 0);
  }
  get contentStart(): number {
    return this.start + (this.trim >> 1);
  }
  get contentEnd(): number {
    return this.end - (this.trim & 1);
  }
  get span(): Span {
    return this;
  }
  get contentSpan(): Span {
    return this.trim === 0 ? this : { start: this.contentStart, end: this.contentEnd };
  }
}

export class PropertyNode implements AslProperty {
  value: AslNode | undefined = undefined;
  constructor(
    readonly key: string,
    public keyStart: number,
    public keyEnd: number,
    readonly parent: AslObjectNode,
  ) {}
  get start(): number {
    return this.keyStart;
  }
  /** The value's end, or the key's when there is no value (or it sits inside the key, as an alias may). */
  get end(): number {
    const value = this.value;
    return value === undefined || value.end < this.keyEnd ? this.keyEnd : value.end;
  }
  get span(): Span {
    return this;
  }
  get keySpan(): Span {
    return { start: this.keyStart, end: this.keyEnd };
  }
}

export function newObject(s: Span, parent: Parent): AslObjectNode {
  return new ObjectNode(s.start, s.end, [], parent);
}

export function newArray(s: Span, parent: Parent): AslArrayNode {
  return new ArrayNode(s.start, s.end, [], parent);
}

export function newScalar(
  kind: AslScalarNode['kind'],
  value: AslScalarNode['value'],
  s: Span,
  contentSpan: Span,
  parent: Parent,
): AslScalarNode {
  return new ScalarNode(kind, value, s.start, s.end, contentSpan.start, contentSpan.end, parent);
}

/** Appends a property (without value yet) to an object. */
export function addProperty(obj: AslObjectNode, key: string, keySpan: Span): AslProperty {
  const prop = new PropertyNode(key, keySpan.start, keySpan.end, obj);
  (obj.properties as AslProperty[]).push(prop);
  return prop;
}

/** Sets a property's value and extends its span to the value's end. */
export function setPropertyValue(prop: AslProperty, value: AslNode): void {
  (prop as PropertyNode).value = value;
}

export function addItem(arr: AslArrayNode, item: AslNode): void {
  (arr.items as AslNode[]).push(item);
}

/** Overwrites a node's span (used when a container's end is only known after its children). */
export function setSpan(node: AslNode, s: Span): void {
  const n = node as ObjectNode | ArrayNode | ScalarNode;
  n.start = s.start;
  n.end = s.end;
}
