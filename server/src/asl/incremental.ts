/*
 * Incremental update of the model: an edit inside one top-level state's value re-parses that value
 * only, shifts the offsets of the nodes after it and rebuilds the machines; the result is the tree
 * parseAsl would build from the new text (a property test compares both). Anything else (an edit
 * outside a state, a text the fast parsers do not take, a re-parse that ends elsewhere) parses the
 * whole text. Pure, no I/O, never throws. The previous document is consumed: its tree is updated
 * in place and reused, so it must not be read afterwards.
 */
import { ArrayNode, ObjectNode, PropertyNode, ScalarNode } from './build';
import { rebuildState } from './machine';
import { documentOf, isFastParsed, parseAsl, sourceOf } from './parse';
import type { SourceText } from './text';
import { parseStrictJsonValueAt } from './parseJsonFast';
import { nextContentLine, parseBlockYamlAt } from './parseYamlFast';
import type { AslDocument, AslNode, AslObjectNode, AslProperty } from './types';

/** A replacement of [start, end) (offsets into the text before the edit) by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Depth of a top-level state's parent container (root object 1, `States` 2), as the fast parsers count. */
const STATES_DEPTH = 2;

/**
 * The document after `edit`. `next` is the text after the edit when the caller already has it (else
 * it is built from the previous text). Equal to parseAsl(next.toString(), previous.format). A
 * spliced update reads only windows of the text: the whole string is not built.
 */
export function updateAsl(previous: AslDocument, edit: TextEdit, next?: SourceText): AslDocument {
  const text = next ?? sourceOf(previous).replace(edit.start, edit.end, edit.text);
  try {
    return spliceState(previous, edit, text) ?? parseAsl(text.toString(), previous.format);
  } catch {
    return parseAsl(text.toString(), previous.format); // a bug here must never cost more than a full parse
  }
}

/** The updated document when the edit lies inside one top-level state's value and re-parses cleanly there. */
function spliceState(previous: AslDocument, edit: TextEdit, text: SourceText): AslDocument | undefined {
  if (!isFastParsed(previous) || previous.root === undefined || edit.start > edit.end) return undefined;
  const prop = stateAround(previous, edit);
  if (prop === undefined) return undefined;
  const delta = edit.text.length - (edit.end - edit.start);
  const value = reparse(previous, prop, edit, text, delta);
  if (value === undefined) return undefined;
  shiftAround(previous.root, prop, edit.end, delta);
  (prop as PropertyNode).value = value;
  return documentOf(text, previous.format, previous.root, [], true, rebuildState(previous.root, previous, prop));
}

/** The top-level state whose value holds [edit.start, edit.end], by binary search over `States`. */
function stateAround(doc: AslDocument, edit: TextEdit): AslProperty | undefined {
  const props = doc.machine?.statesNode?.properties;
  if (props === undefined) return undefined;
  let lo = 0;
  let hi = props.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = props[mid].value;
    if (value === undefined || props[mid].keyStart > edit.start) hi = mid - 1;
    else if (value.end < edit.start) lo = mid + 1;
    else return value.kind === 'object' && value.start <= edit.start && edit.end <= value.end ? props[mid] : undefined;
  }
  return undefined;
}

function reparse(
  doc: AslDocument,
  prop: AslProperty,
  edit: TextEdit,
  text: SourceText,
  delta: number,
): AslNode | undefined {
  const old = prop.value as AslObjectNode;
  return doc.format === 'json'
    ? reparseJson(old, prop, text, delta)
    : reparseYaml(sourceOf(doc), old, prop, edit, text, delta);
}

/**
 * JSON: the value re-parsed from its old start must end where the old one ended, shifted. Parsed in
 * a window of exactly that span (a value that would end later fails at the window's end).
 */
function reparseJson(old: AslObjectNode, prop: AslProperty, text: SourceText, delta: number): AslNode | undefined {
  const end = old.end + delta;
  const value = parseStrictJsonValueAt(text.slice(old.start, end), 0, prop, STATES_DEPTH);
  if (value === undefined || value.end !== end - old.start) return undefined;
  shiftNode(value, old.start);
  return value;
}

/**
 * YAML: the value must be a block starting a line; re-parsed from that line at its column, the scan
 * must go on at the same next line (shifted) as before, so the rest of the text scans as it did.
 * Parsed in a window from that line to the end of the next content line (where the block must stop).
 */
function reparseYaml(
  oldText: SourceText,
  old: AslObjectNode,
  prop: AslProperty,
  edit: TextEdit,
  text: SourceText,
  delta: number,
): AslNode | undefined {
  if (/[\r\t]/.test(edit.text)) return undefined; // the scanner refuses a text holding them
  const lineStart = lineStartBefore(oldText, old.start);
  const column = old.start - lineStart;
  if (column === 0 || oldText.slice(lineStart, old.start).trim() !== '') return undefined;
  const oldNext = nextLineAfter(oldText, old.end);
  const windowEnd = lineEndAfter(text, oldNext.at + delta);
  const parsed = parseBlockYamlAt(text.slice(lineStart, windowEnd), 0, column, prop, STATES_DEPTH);
  if (parsed === undefined || parsed.node.end + lineStart !== old.end + delta) return undefined;
  if (parsed.next + lineStart !== oldNext.at + delta) return undefined;
  shiftNode(parsed.node, lineStart);
  return parsed.node;
}

/** Start of the line holding `offset`. */
function lineStartBefore(text: SourceText, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/** The scanner's next content line after `end` (nextContentLine), read in growing windows of the text. */
function nextLineAfter(text: SourceText, end: number): { at: number } {
  for (let size = 4096; ; size *= 4) {
    const window = text.slice(end, end + size);
    const at = nextContentLine(window, 0);
    /* the line found must be whole in the window (its end seen), unless the window reaches the text's end */
    if (end + size >= text.length || window.indexOf('\n', at) >= 0) return { at: end + at };
  }
}

/** Offset just after the line break ending the line at `offset` (the text's end without one). */
function lineEndAfter(text: SourceText, offset: number): number {
  for (let size = 256; ; size *= 4) {
    const newline = text.slice(offset, offset + size).indexOf('\n');
    if (newline >= 0) return offset + newline + 1;
    if (offset + size >= text.length) return text.length;
  }
}

/**
 * Offsets after the edit move by `delta`: the ancestors of the edited state end later, the nodes
 * after it move whole. `edited` keeps its key (before the edit); its value is replaced by the caller.
 */
function shiftAround(root: AslNode, edited: AslProperty, after: number, delta: number): void {
  if (delta === 0) return;
  let node: AslNode | undefined = root;
  while (node !== undefined && node.kind === 'object') {
    (node as ObjectNode).end += delta;
    let inside: AslNode | undefined;
    for (const p of node.properties) {
      if (p === edited) continue;
      if (p.keyStart >= after) shiftProperty(p, delta);
      else if (p.value !== undefined && p.value.end >= after && p.value.start <= edited.keyStart) inside = p.value;
    }
    node = inside;
  }
}

function shiftProperty(p: AslProperty, delta: number): void {
  const prop = p as PropertyNode;
  prop.keyStart += delta;
  prop.keyEnd += delta;
  if (prop.value !== undefined) shiftNode(prop.value, delta);
}

/**
 * Moves a whole subtree (depth bounded by the parsers' MAX_DEPTH). One branch per node class, so
 * that each field write sees one object shape (this runs over half the tree on every keystroke).
 */
function shiftNode(node: AslNode, delta: number): void {
  if (node.kind === 'object') {
    const o = node as ObjectNode;
    o.start += delta;
    o.end += delta;
    const props = o.properties;
    for (let i = 0; i < props.length; i++) shiftProperty(props[i], delta);
  } else if (node.kind === 'array') {
    const a = node as ArrayNode;
    a.start += delta;
    a.end += delta;
    const items = a.items;
    for (let i = 0; i < items.length; i++) shiftNode(items[i], delta);
  } else {
    const n = node as ScalarNode;
    n.start += delta;
    n.end += delta;
  }
}
