/*
 * Fast path of parseYaml.ts: a line scanner for the plain block YAML that tools write and people
 * mostly type (block mappings and sequences, plain / single- / double-quoted scalars folded over
 * lines, empty `[]` and `{}`, comments, a leading `---`). It builds exactly the tree the `yaml`
 * package path builds (a test compares both) and gives up (undefined) at anything else: other flow
 * collections, block scalars, anchors, tags, odd keys, numbers or escapes, tabs, CR. Knows no ASL.
 * Never throws.
 */
import {
  addItem,
  addProperty,
  MAX_DEPTH,
  newArray,
  newObject,
  newScalar,
  setPropertyValue,
  setSpan,
  span,
} from './build';
import { StringCache } from './stringCache';
import type { AslArrayNode, AslNode, AslObjectNode, AslProperty, Span } from './types';

type Parent = AslProperty | AslArrayNode | undefined;

/** Thrown (internally only) when the text leaves the subset. */
const BAIL = new Error('not plain block YAML');

/** The tree of a plain block YAML text, or undefined when the `yaml` package must decide. */
export function parseBlockYaml(text: string): AslNode | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  try {
    const p = new BlockParser(text);
    return p.document();
  } catch {
    return undefined;
  }
}

/**
 * The block (mapping or sequence) whose entries start at `column` of the line at `lineStart`, built
 * as the whole-text scan builds it at `depth` (its parent's depth) under `parent`, and the start of
 * the next content line after it (where the whole-text scan would go on). Undefined when the block is
 * not plain block YAML. The caller checks the rest of the text is unchanged plain block YAML.
 */
export function parseBlockYamlAt(
  text: string,
  lineStart: number,
  column: number,
  parent: Parent,
  depth: number,
): { readonly node: AslNode; readonly next: number } | undefined {
  try {
    return new BlockParser(text).region(lineStart, column, parent, depth);
  } catch {
    return undefined;
  }
}

/** Where the scan goes on after a node that ends at `end`: the next line that is not blank or a comment. */
export function nextContentLine(text: string, end: number): number {
  const p = new BlockParser(text);
  return p.after(end);
}

const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOLS: Readonly<Record<string, boolean>> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A plain key we read the same way as yaml does: starts with a letter, `_` or `$`, and is no null/bool word. */
const PLAIN_KEY = /^[A-Za-z_$][^#]*$/;
/** First characters a plain scalar may not start with (YAML indicators). */
const INDICATORS = new Set('?:,[]{}#&*!|>%@`\'"'.split(''));

/** YAML line folding: lines joined by one space, each empty line between two lines a line break. */
function fold(lines: readonly string[]): string {
  let out = lines[0];
  let empty = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '' && i < lines.length - 1) {
      empty++;
      continue;
    }
    out += empty > 0 ? '\n'.repeat(empty) + lines[i] : ' ' + lines[i];
    empty = 0;
  }
  return out;
}

function trailingBackslashes(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) === 92) n++;
  return n;
}

/**
 * A quoted scalar's raw line `i` of `n` with the white space folding removes (after the first, before the last line
 * break).
 */
function trimFold(raw: string, i: number, n: number): string {
  let out = raw;
  if (i < n - 1) out = out.replace(/ +$/, '');
  if (i > 0) out = out.replace(/^ +/, '');
  return out;
}

function decodeQuoted(raw: string, quote: string): string {
  if (quote === "'") return raw.replace(/''/g, "'");
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    throw BAIL;
  }
}

/** First characters of the plain scalars that may not be strings (null, bool, numbers); others are strings. */
const MAYBE_NOT_STRING = new Set('~nNtTfF0123456789-+.'.split(''));

/** A plain scalar's value by the YAML 1.2 core schema (null, bool, int, float, else string). */
function resolvePlain(raw: string, s: Span, parent: Parent): AslNode {
  if (!MAYBE_NOT_STRING.has(raw[0])) return newScalar('string', raw, s, s, parent);
  if (NULLS.has(raw)) return newScalar('null', null, s, s, parent);
  if (raw in BOOLS) return newScalar('boolean', BOOLS[raw], s, s, parent);
  if (INT.test(raw) || FLOAT.test(raw)) {
    const n = Number(raw);
    if (!Number.isFinite(n)) throw BAIL;
    return newScalar('number', n, s, s, parent);
  }
  if (/^[-+]?\.|^0[ox]/.test(raw)) throw BAIL;
  return newScalar('string', raw, s, s, parent);
}

class BlockParser {
  /** Start offset of the current line. */
  private line = 0;
  private depth = 0;
  private readonly strings = new StringCache();

  constructor(private readonly text: string) {}

  document(): AslNode | undefined {
    this.skipBlank();
    if (this.text.startsWith('---', this.line) && this.isLineEnd(this.line + 3)) {
      this.line = this.nextLine(this.line);
      this.skipBlank();
    }
    if (this.line >= this.text.length) throw BAIL;
    if (this.indentOf(this.line) !== 0) throw BAIL;
    const root = this.block(0, undefined);
    this.skipBlank();
    if (this.line < this.text.length) throw BAIL;
    return root;
  }

  region(lineStart: number, column: number, parent: Parent, depth: number): { node: AslNode; next: number } {
    this.line = lineStart;
    this.depth = depth;
    const node = this.block(column, parent);
    this.skipBlank();
    return { node, next: this.line };
  }

  after(end: number): number {
    this.line = this.nextLine(end);
    this.skipBlank();
    return this.line;
  }

  /** A block mapping or sequence whose entries start at `column`, from the current line. */
  private block(column: number, parent: Parent): AslNode {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const at = this.line + column;
    const node =
      this.text.startsWith('- ', at) || this.isDashAlone(at)
        ? this.sequence(column, parent)
        : this.mapping(column, parent);
    this.depth--;
    return node;
  }

  private mapping(column: number, parent: Parent): AslObjectNode {
    const obj = newObject(span(this.line + column, this.line + column), parent);
    while (
      this.line < this.text.length &&
      this.indentOf(this.line) === column &&
      !this.isSequenceLine(this.line + column)
    ) {
      this.entry(obj, this.line + column, column);
      this.skipBlank();
    }
    const last = obj.properties[obj.properties.length - 1];
    if (last === undefined) throw BAIL;
    setSpan(obj, span(obj.start, Math.max(last.end, obj.start)));
    return obj;
  }

  /** One `key: value` entry starting at offset `at` (the key), the mapping's keys at `column`. */
  private entry(obj: AslObjectNode, at: number, column: number): void {
    const { key, keyEnd, colon } = this.key(at);
    const prop = addProperty(obj, key, span(at, keyEnd));
    const rest = this.skipSpaces(colon + 1);
    if (this.isLineEnd(rest)) {
      this.line = this.nextLine(rest);
      this.skipBlank();
      if (this.line >= this.text.length) return;
      const indent = this.indentOf(this.line);
      if (indent > column || (indent === column && this.isSequenceLine(this.line + column)))
        setPropertyValue(prop, this.block(indent, prop));
      return;
    }
    if (rest === colon + 1) throw BAIL; // `key:value` is one plain scalar in YAML
    setPropertyValue(prop, this.inlineValue(rest, prop, column));
    this.expectNoContinuation(column);
  }

  /** Items at `column`; `inline`: the first dash is not at the start of its line (`- - a`). */
  private sequence(column: number, parent: Parent, inline = false): AslArrayNode {
    const arr = newArray(span(this.line + column, this.line + column), parent);
    let last: AslNode | undefined;
    let first = inline;
    while (
      this.line < this.text.length &&
      (first || this.indentOf(this.line) === column) &&
      this.isSequenceLine(this.line + column)
    ) {
      first = false;
      const dash = this.line + column;
      if (this.isDashAlone(dash)) throw BAIL; // an item on the following lines: left to yaml
      const at = dash + 2;
      if (this.text.charCodeAt(at) === 32) throw BAIL;
      if (this.isSequenceLine(at)) last = this.nestedSequence(column + 2, arr);
      else last = this.looksLikeEntry(at) ? this.compactMapping(at, column + 2, arr) : this.itemScalar(at, arr, column);
      addItem(arr, last);
      this.skipBlank();
    }
    if (last === undefined) throw BAIL;
    setSpan(arr, span(arr.start, Math.max(last.end, arr.start)));
    return arr;
  }

  /** `- - item`: a sequence whose first dash is on its parent item's line, its items at `column`. */
  private nestedSequence(column: number, parent: AslArrayNode): AslArrayNode {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const arr = this.sequence(column, parent, true);
    this.depth--;
    return arr;
  }

  /** `- key: value` and the following keys at `column`: a mapping that starts on the dash's line. */
  private compactMapping(at: number, column: number, parent: AslArrayNode): AslObjectNode {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const obj = newObject(span(at, at), parent);
    this.entry(obj, at, column);
    this.skipBlank();
    while (
      this.line < this.text.length &&
      this.indentOf(this.line) === column &&
      !this.isSequenceLine(this.line + column)
    ) {
      this.entry(obj, this.line + column, column);
      this.skipBlank();
    }
    const last = obj.properties[obj.properties.length - 1];
    setSpan(obj, span(obj.start, Math.max(last.end, obj.start)));
    this.depth--;
    return obj;
  }

  private itemScalar(at: number, parent: AslArrayNode, column: number): AslNode {
    const value = this.inlineValue(at, parent, column);
    this.expectNoContinuation(column);
    return value;
  }

  /** After a one-line scalar: a more indented line would continue it (multi-line scalar). */
  private expectNoContinuation(column: number): void {
    this.skipBlank();
    if (this.line < this.text.length && this.indentOf(this.line) > column) throw BAIL;
  }

  /** A key at `at`: plain (a word-like string) or quoted, then `:`. */
  private key(at: number): { key: string; keyEnd: number; colon: number } {
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const { value, end } = c === '"' ? this.doubleQuoted(at) : this.singleQuoted(at);
      if (this.text[end] !== ':') throw BAIL;
      return { key: value, keyEnd: end, colon: end };
    }
    const lineEnd = this.lineEnd(at);
    let colon = -1;
    for (let i = at; i < lineEnd; i++) {
      if (this.text.charCodeAt(i) === 58 && (i + 1 === lineEnd || this.text.charCodeAt(i + 1) === 32)) {
        colon = i;
        break;
      }
    }
    if (colon < 0) throw BAIL;
    let keyEnd = colon;
    while (keyEnd > at && this.text.charCodeAt(keyEnd - 1) === 32) keyEnd--;
    const key = this.keyText(at, keyEnd);
    return { key, keyEnd, colon };
  }

  /**
   * A plain key's text; repeated keys share one string (fewer allocations, cheap lookups in the spec
   * tables). Only word-like keys that YAML reads as strings are taken.
   */
  private keyText(at: number, end: number): string {
    const known = this.strings.peek(this.text, at, end);
    if (known !== undefined) return known; // taken (and checked) before
    const key = this.strings.slice(this.text, at, end);
    if (!PLAIN_KEY.test(key) || NULLS.has(key) || key in BOOLS) throw BAIL;
    return key;
  }

  /**
   * A scalar that starts on the key's (or dash's) line at `at`: quoted or plain, on one line or
   * folded over more lines indented deeper than `column`. Moves the current line past it.
   */
  private inlineValue(at: number, parent: Parent, column: number): AslNode {
    const c = this.text[at];
    if (c === '"' || c === "'") return this.quotedValue(at, parent, column, c);
    if (
      (c === '[' || c === '{') &&
      this.text[at + 1] === (c === '[' ? ']' : '}') &&
      this.isLineEnd(at + 2) &&
      (this.atEol(at + 2) || this.text.charCodeAt(at + 2) === 32)
    ) {
      this.line = this.nextLine(at);
      return c === '[' ? newArray(span(at, at + 2), parent) : newObject(span(at, at + 2), parent);
    }
    if (INDICATORS.has(c) || (c === '-' && (this.text.charCodeAt(at + 1) === 32 || this.isLineEnd(at + 1)))) throw BAIL;
    const first = this.plainLine(at, true);
    const lines = [this.text.slice(at, first.end)];
    let end = first.end;
    this.line = this.nextLine(at);
    for (;;) {
      const next = this.continuation(column);
      if (next === undefined) break;
      if (first.comment) throw BAIL; // a comment cannot sit inside a scalar
      const line = this.plainLine(next.at, false);
      if (line.comment) throw BAIL;
      for (let k = 0; k < next.emptyLines; k++) lines.push('');
      lines.push(this.text.slice(next.at, line.end));
      end = line.end;
      this.line = this.nextLine(next.at);
    }
    const raw = lines.length === 1 ? lines[0] : fold(lines);
    return resolvePlain(raw, span(at, end), parent);
  }

  /** The content of one line of a plain scalar from `at`: its end (trailing spaces and a comment cut off). */
  private plainLine(at: number, firstLine: boolean): { end: number; comment: boolean } {
    const lineEnd = this.lineEnd(at);
    let end = lineEnd;
    let comment = false;
    for (let i = at; i < lineEnd; i++) {
      const ch = this.text.charCodeAt(i);
      if (ch === 35 /* # */ && this.text.charCodeAt(i - 1) === 32) {
        end = i;
        comment = true;
        break;
      }
      if (ch === 58 /* : */ && (i + 1 === lineEnd || this.text.charCodeAt(i + 1) === 32)) throw BAIL;
    }
    if (!firstLine && (this.text.charCodeAt(at) === 35 || this.text.startsWith('- ', at))) throw BAIL;
    while (end > at && this.text.charCodeAt(end - 1) === 32) end--;
    return { end, comment };
  }

  /**
   * The next content line when it continues a scalar (indented deeper than `column`), with the empty lines before it.
   */
  private continuation(column: number): { at: number; emptyLines: number } | undefined {
    let line = this.line;
    let emptyLines = 0;
    while (line < this.text.length) {
      const first = this.skipSpaces(line);
      if (first >= this.text.length) return undefined;
      if (this.text.charCodeAt(first) !== 10) return first - line > column ? { at: first, emptyLines } : undefined;
      emptyLines++;
      line = first + 1;
    }
    return undefined;
  }

  /** A double- or single-quoted scalar from `at`, possibly folded over deeper-indented lines. */
  private quotedValue(at: number, parent: Parent, column: number, quote: string): AslNode {
    const parts: string[] = [];
    let from = at + 1;
    /* raw text carried over an escaped line break (`\` at a line end): the next line continues it with no space */
    let carried = '';
    for (;;) {
      const lineEnd = this.lineEnd(from);
      const close = quote === '"' ? this.doubleClose(from, lineEnd) : this.singleClose(from, lineEnd);
      if (close >= 0) {
        parts.push(carried + this.text.slice(from, close));
        const after = close + 1;
        const rest = this.skipSpaces(after);
        if (!this.isLineEnd(rest) || (rest === after && !this.atEol(after))) throw BAIL;
        this.line = this.nextLine(after);
        const value =
          parts.length === 1
            ? decodeQuoted(parts[0], quote)
            : fold(parts.map((p, i) => decodeQuoted(trimFold(p, i, parts.length), quote)));
        return newScalar('string', value, span(at, after), span(at + 1, after - 1), parent);
      }
      const segment = carried + this.text.slice(from, lineEnd);
      const escapedBreak = quote === '"' && trailingBackslashes(segment) % 2 === 1;
      if (escapedBreak) carried = segment.slice(0, -1);
      else {
        carried = '';
        parts.push(segment);
      }
      this.line = lineEnd + 1;
      const next = this.continuation(column);
      if (next === undefined || (escapedBreak && next.emptyLines > 0)) throw BAIL;
      for (let k = 0; k < next.emptyLines; k++) parts.push('');
      from = next.at;
    }
  }

  /** Offset of the closing double quote on this line, or -1; only JSON's escapes are accepted. */
  private doubleClose(from: number, lineEnd: number): number {
    for (let i = from; i < lineEnd; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 92 /* \ */) {
        if (i + 1 === lineEnd) return -1; // an escaped line break
        if (!'"\\/bfnrtu'.includes(this.text[i + 1] ?? '')) throw BAIL;
        i++;
      } else if (c === 34) return i;
      else if (c < 32) throw BAIL;
    }
    return -1;
  }

  private singleClose(from: number, lineEnd: number): number {
    for (let i = from; i < lineEnd; i++) {
      if (this.text.charCodeAt(i) !== 39) continue;
      if (this.text.charCodeAt(i + 1) === 39) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  /** A one-line double-quoted key with JSON's escapes only. */
  private doubleQuoted(at: number): { value: string; end: number } {
    const close = this.doubleClose(at + 1, this.lineEnd(at));
    if (close < 0) throw BAIL;
    return { value: decodeQuoted(this.text.slice(at + 1, close), '"'), end: close + 1 };
  }

  private singleQuoted(at: number): { value: string; end: number } {
    const close = this.singleClose(at + 1, this.lineEnd(at));
    if (close < 0) throw BAIL;
    return { value: decodeQuoted(this.text.slice(at + 1, close), "'"), end: close + 1 };
  }

  /** Skips blank and comment-only lines from the current line. */
  private skipBlank(): void {
    while (this.line < this.text.length) {
      const first = this.skipSpaces(this.line);
      if (first < this.text.length && this.text.charCodeAt(first) !== 10 && this.text.charCodeAt(first) !== 35) return;
      this.line = this.nextLine(first);
    }
  }

  private looksLikeEntry(at: number): boolean {
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const close = this.text.indexOf(c, at + 1);
      return close > 0 && close < this.lineEnd(at) && this.text[close + 1] === ':';
    }
    const lineEnd = this.lineEnd(at);
    for (let i = at; i < lineEnd; i++) {
      if (this.text.charCodeAt(i) === 35 && this.text.charCodeAt(i - 1) === 32) return false;
      if (this.text.charCodeAt(i) === 58 && (i + 1 === lineEnd || this.text.charCodeAt(i + 1) === 32)) return true;
    }
    return false;
  }

  private isSequenceLine(at: number): boolean {
    return this.text.startsWith('- ', at) || this.isDashAlone(at);
  }

  private isDashAlone(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && this.isLineEnd(at + 1);
  }

  private indentOf(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === 32) i++;
    return i - lineStart;
  }

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === 32) i++;
    return i;
  }

  /** True at the end of a line's content: newline, end of text, or a ` #` comment. */
  private isLineEnd(i: number): boolean {
    const j = this.skipSpaces(i);
    const c = this.text.charCodeAt(j);
    return j >= this.text.length || c === 10 || (c === 35 && (j === i ? this.text.charCodeAt(i - 1) === 32 : true));
  }

  private atEol(i: number): boolean {
    return i >= this.text.length || this.text.charCodeAt(i) === 10;
  }

  private lineEnd(i: number): number {
    const n = this.text.indexOf('\n', i);
    return n < 0 ? this.text.length : n;
  }

  private nextLine(i: number): number {
    const n = this.text.indexOf('\n', i);
    return n < 0 ? this.text.length : n + 1;
  }
}
