/*
 * Fast path of parseJson.ts: a direct scanner/builder for strictly valid JSON (no comments, no
 * trailing commas, nesting within MAX_DEPTH). It builds exactly the tree the jsonc-parser visitor path
 * builds, and gives up (returns undefined) at the first thing it is not sure of; the caller then runs
 * the error-tolerant path. Knows nothing of ASL semantics. Never throws.
 */
import { ArrayNode, MAX_DEPTH, ObjectNode, PropertyNode, ScalarNode } from './build';
import { StringCache } from './stringCache';
import type { AslArrayNode, AslNode, AslObjectNode, AslProperty, AslScalarNode } from './types';

type Parent = AslProperty | AslArrayNode | undefined;

/** Thrown (internally only) when the text leaves the strict subset. */
const BAIL = new Error('not strict JSON');
const NONE: never[] = [];

/** The tree of a strictly valid JSON text, or undefined when the tolerant parser must decide. */
export function parseStrictJson(text: string): AslNode | undefined {
  try {
    const p = new StrictParser(text);
    const root = p.value(undefined, 0);
    if (p.skipSpace() !== text.length) return undefined;
    return root;
  } catch {
    return undefined; /* BAIL, or anything unexpected: the tolerant path decides */
  }
}

/**
 * The strict value that starts at `start` of `text` (a state's object inside a larger document),
 * built as the whole-text parse builds it at `depth` (the depth of its parent container) under
 * `parent`; its `end` says where it stopped. Undefined when the value is not strict JSON.
 */
export function parseStrictJsonValueAt(
  text: string,
  start: number,
  parent: Parent,
  depth: number,
): AslNode | undefined {
  try {
    const p = new StrictParser(text);
    p.pos = start;
    return p.value(parent, depth);
  } catch {
    return undefined;
  }
}

class StrictParser {
  pos = 0;
  /**
   * Children of the open containers: a stack shared by all levels, [0, top) in use. Slots above
   * `top` keep stale entries (overwritten later) instead of shrinking the array after each container.
   */
  private readonly scratch: (AslProperty | AslNode)[] = [];
  private top = 0;
  private readonly strings = new StringCache();
  constructor(private readonly text: string) {}

  /** Skips JSON whitespace; returns the new position. */
  skipSpace(): number {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    return (this.pos = i);
  }

  value(parent: Parent, depth: number): AslNode {
    const start = this.skipSpace();
    const c = this.text.charCodeAt(start);
    if (c === 123) return this.object(parent, depth + 1);
    if (c === 91) return this.array(parent, depth + 1);
    if (c === 34) return this.stringNode(parent);
    if (c === 45 || (c >= 48 && c <= 57)) return this.number(parent);
    return this.keyword(parent);
  }

  object(parent: Parent, depth: number): AslObjectNode {
    if (depth > MAX_DEPTH) throw BAIL;
    const text = this.text;
    const start = this.pos++;
    const node = new ObjectNode(start, start, NONE, parent);
    const scratch = this.scratch;
    const mark = this.top;
    let c = text.charCodeAt(this.skipSpace());
    if (c !== 125) {
      for (;;) {
        if (c !== 34) throw BAIL;
        const keyStart = this.pos;
        const key = this.key();
        const prop = new PropertyNode(key, keyStart, this.pos, node);
        scratch[this.top++] = prop;
        if (text.charCodeAt(this.skipSpace()) !== 58) throw BAIL;
        this.pos++;
        const value = this.value(prop, depth);
        prop.value = value;
        c = text.charCodeAt(this.skipSpace());
        if (c === 125) break;
        if (c !== 44) throw BAIL;
        this.pos++;
        c = text.charCodeAt(this.skipSpace());
      }
    }
    node.properties = this.collect(mark) as AslProperty[];
    node.end = ++this.pos;
    return node;
  }

  array(parent: Parent, depth: number): AslArrayNode {
    if (depth > MAX_DEPTH) throw BAIL;
    const text = this.text;
    const start = this.pos++;
    const node = new ArrayNode(start, start, NONE, parent);
    const scratch = this.scratch;
    const mark = this.top;
    if (text.charCodeAt(this.skipSpace()) !== 93) {
      for (;;) {
        const item = this.value(node, depth);
        scratch[this.top++] = item;
        const c = text.charCodeAt(this.skipSpace());
        if (c === 93) break;
        if (c !== 44) throw BAIL;
        this.pos++;
      }
    }
    node.items = this.collect(mark) as AslNode[];
    node.end = ++this.pos;
    return node;
  }

  /** The children stacked since `mark`, as an exact-size array (a pushed-to array over-allocates); pops them. */
  private collect(mark: number): (AslProperty | AslNode)[] {
    const top = this.top;
    if (top === mark) return [];
    this.top = mark;
    return this.scratch.slice(mark, top);
  }

  stringNode(parent: Parent): AslScalarNode {
    const start = this.pos;
    const value = this.key();
    const end = this.pos;
    return new ScalarNode('string', value, start, end, start + 1, end - 1, parent);
  }

  /**
   * A key or string value: like string(), but repeated short strings share one string object (fewer
   * allocations, and lookups by a key in the spec tables stay cheap once V8 has internalized it).
   */
  key(): string {
    const text = this.text;
    const start = this.pos + 1;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return this.strings.slice(text, start, i);
      }
      if (c < 32 || c === 92) break;
    }
    return this.string();
  }

  /** Reads a string token at pos (on its opening quote); pos ends after the closing quote. */
  string(): string {
    const text = this.text;
    const start = this.pos + 1;
    let escaped = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return escaped ? decodeEscaped(text, start - 1, i + 1) : text.slice(start, i);
      }
      if (c < 32) throw BAIL;
      if (c === 92) {
        escaped = true;
        i++;
      }
    }
    throw BAIL;
  }

  number(parent: Parent): AslScalarNode {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 45) i++;
    const first = text.charCodeAt(i);
    if (first === 48) i++;
    else if (first >= 49 && first <= 57) i = digits(text, i);
    else throw BAIL;
    const integer = text.charCodeAt(i) !== 46 && (text.charCodeAt(i) | 32) !== 101;
    if (text.charCodeAt(i) === 46) {
      const next = digits(text, i + 1);
      if (next === i + 1) throw BAIL;
      i = next;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      const next = digits(text, i);
      if (next === i) throw BAIL;
      i = next;
    }
    if (!isDelimiter(text.charCodeAt(i))) throw BAIL;
    this.pos = i;
    const value = integer && i - start <= 9 ? smallInteger(text, start, i) : Number(text.slice(start, i));
    return new ScalarNode('number', value, start, i, start, i, parent);
  }

  keyword(parent: Parent): AslScalarNode {
    const text = this.text;
    const start = this.pos;
    const word = keywordAt(text, start);
    if (word === undefined) throw BAIL;
    const length = word.length;
    const kind = word === 'null' ? 'null' : 'boolean';
    const value = word === 'null' ? null : word === 'true';
    if (!isDelimiter(text.charCodeAt(start + length))) throw BAIL;
    this.pos = start + length;
    const end = start + length;
    return new ScalarNode(kind, value, start, end, start, end, parent);
  }
}

/** The JSON keyword (true, false or null) starting at `start`, if any. */
function keywordAt(text: string, start: number): 'true' | 'false' | 'null' | undefined {
  if (text.startsWith('true', start)) return 'true';
  if (text.startsWith('false', start)) return 'false';
  if (text.startsWith('null', start)) return 'null';
  return undefined;
}

/** Value of a short integer token (at most 9 characters, so exact): the same as Number(token). */
function smallInteger(text: string, start: number, end: number): number {
  const negative = text.charCodeAt(start) === 45;
  let n = 0;
  for (let i = negative ? start + 1 : start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return negative ? -n : n;
}

function digits(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) i++;
    else return i;
  }
}

/** After a number or keyword: whitespace, a separator, a closing bracket, or the end of the text. */
function isDelimiter(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 125 || c === 93;
}

/** Decodes a string token with escapes; only the escapes JSON defines are accepted. */
function decodeEscaped(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    throw BAIL;
  }
}
