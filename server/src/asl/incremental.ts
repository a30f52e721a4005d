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
import { documentOf, isFastParsed, parseAsl } from './parse';
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
 * The document after `edit`. `newText` is the text after the edit when the caller already has it
 * (else it is built from the previous text). Equal to parseAsl(newText, previous.format).
 */
export function updateAsl(previous: AslDocument, edit: TextEdit, newText?: string): AslDocument {
  const text = newText ?? previous.text.slice(0, edit.start) + edit.text + previous.text.slice(edit.end);
  try {
    return spliceState(previous, edit, text) ?? parseAsl(text, previous.format);
  } catch {
    return parseAsl(text, previous.format); // a bug here must never cost more than a full parse
  }
}

/** The updated document when the edit lies inside one top-level state's value and re-parses cleanly there. */
function spliceState(previous: AslDocument, edit: TextEdit, text: string): AslDocument | undefined {
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
  text: string,
  delta: number,
): AslNode | undefined {
  const old = prop.value as AslObjectNode;
  return doc.format === 'json'
    ? reparseJson(old, prop, text, delta)
    : reparseYaml(doc.text, old, prop, edit, text, delta);
}

/** JSON: the value re-parsed from its old start must end where the old one ended, shifted. */
function reparseJson(old: AslObjectNode, prop: AslProperty, text: string, delta: number): AslNode | undefined {
  const value = parseStrictJsonValueAt(text, old.start, prop, STATES_DEPTH);
  return value !== undefined && value.end === old.end + delta ? value : undefined;
}

/**
 * YAML: the value must be a block starting a line; re-parsed from that line at its column, the scan
 * must go on at the same next line (shifted) as before, so the rest of the text scans as it did.
 */
function reparseYaml(
  oldText: string,
  old: AslObjectNode,
  prop: AslProperty,
  edit: TextEdit,
  text: string,
  delta: number,
): AslNode | undefined {
  if (/[\r\t]/.test(edit.text)) return undefined; // the scanner refuses a text holding them
  const lineStart = oldText.lastIndexOf('\n', old.start - 1) + 1;
  const column = old.start - lineStart;
  if (column === 0 || oldText.slice(lineStart, old.start).trim() !== '') return undefined;
  const parsed = parseBlockYamlAt(text, lineStart, column, prop, STATES_DEPTH);
  if (parsed === undefined || parsed.node.end !== old.end + delta) return undefined;
  return parsed.next === nextContentLine(oldText, old.end) + delta ? parsed.node : undefined;
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

/** Moves a whole subtree (depth bounded by the parsers' MAX_DEPTH). */
function shiftNode(node: AslNode, delta: number): void {
  const n = node as ObjectNode | ArrayNode | ScalarNode;
  n.start += delta;
  n.end += delta;
  if (node.kind === 'object') {
    const props = node.properties;
    for (let i = 0; i < props.length; i++) shiftProperty(props[i], delta);
  } else if (node.kind === 'array') {
    const items = node.items;
    for (let i = 0; i < items.length; i++) shiftNode(items[i], delta);
  }
}
