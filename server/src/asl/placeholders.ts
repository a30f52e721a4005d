/*
 * Deployment placeholders: `${Name}` in a definition that SAM's DefinitionSubstitutions, CloudFormation's
 * or the CDK's substitution replaces before AWS sees the definition. A whole-value placeholder may
 * stand for a number, a boolean, an ARN or any string, so no rule may call it a type error; the
 * CLI, the runner and the debugger substitute the values they are given (in the text, as
 * CloudFormation does). Pure; never throws.
 */
import type { AslDocument, AslNode, AslScalarNode } from './types';

const WHOLE = /^\$\{([A-Za-z0-9_.:-]+)\}$/;
const EMBEDDED = /\$\{([A-Za-z0-9_.:-]+)\}/g;

/** The placeholder name when the node's whole value is `${Name}`, else undefined. */
export function placeholderName(node: AslNode | undefined): string | undefined {
  if (node === undefined || node.kind !== 'string') return undefined;
  return wholePlaceholder(node.value as string);
}

/** The placeholder name when `text` is exactly `${Name}`. */
export function wholePlaceholder(text: string): string | undefined {
  return text.length > 3 && text.charCodeAt(0) === 36 ? WHOLE.exec(text)?.[1] : undefined;
}

/** One replacement made in the text: [start, end) of the original became `length` characters. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface SubstitutedText {
  /** The definition as AWS receives it after substitution. */
  readonly text: string;
  /** Placeholder names that had no value (left as written), in order of first appearance. */
  readonly missing: readonly string[];
  /** Maps an offset in `text` back to the original text (inside a replaced value: the placeholder's start). */
  readonly toOriginal: (offset: number) => number;
}

/**
 * Substitutes placeholders in a definition's text, as CloudFormation does before AWS sees it, so
 * the validator, the runner and the debugger all check and run the definition AWS would get. A
 * whole-value `"${Name}"` whose value reads as a number, boolean or null becomes that literal
 * (`"${Timeout}"` with 300 → `300`); other values are inserted as string content, escaped for the
 * string's quoting. `doc` is the parsed original (its string nodes say where placeholders are).
 */
export function substituteText(doc: AslDocument, values: ReadonlyMap<string, string>): SubstitutedText {
  const missing = new Set<string>();
  const edits: Edit[] = [];
  const nodes = stringNodes(doc.root).sort((a, b) => a.span.start - b.span.start);
  for (const node of nodes) edits.push(...nodeEdits(doc.text, node, values, missing));
  edits.sort((a, b) => a.start - b.start);
  return { text: applyEdits(doc.text, edits), missing: [...missing], toOriginal: (o) => toOriginal(edits, o) };
}

function nodeEdits(
  text: string,
  node: AslScalarNode,
  values: ReadonlyMap<string, string>,
  missing: Set<string>,
): Edit[] {
  const raw = node.value as string;
  if (!raw.includes('${')) return [];
  const whole = wholePlaceholder(raw);
  if (whole !== undefined && values.has(whole)) {
    const typed = typedValue(values.get(whole) as string);
    if (typeof typed !== 'string') return [{ start: node.span.start, end: node.span.end, text: String(typed) }];
  }
  const quote = node.span.start === node.contentStart ? '' : text[node.span.start];
  const out: Edit[] = [];
  const content = text.slice(node.contentStart, node.contentEnd);
  for (const m of content.matchAll(EMBEDDED)) {
    const value = values.get(m[1]);
    if (value === undefined) {
      missing.add(m[1]);
      continue;
    }
    const start = node.contentStart + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: escapeFor(quote, value) });
  }
  return out;
}

function escapeFor(quote: string, value: string): string {
  if (quote === '"') return JSON.stringify(value).slice(1, -1);
  if (quote === "'") return value.replace(/'/g, "''");
  return value;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function toOriginal(edits: readonly Edit[], offset: number): number {
  let delta = 0;
  for (const e of edits) {
    const newStart = e.start + delta;
    if (offset < newStart) break;
    if (offset < newStart + e.text.length) return e.start;
    delta += e.text.length - (e.end - e.start);
  }
  return offset - delta;
}

/** Every string value node of the tree (keys excluded), iteratively. */
function stringNodes(root: AslNode | undefined): AslScalarNode[] {
  const out: AslScalarNode[] = [];
  const stack: AslNode[] = root === undefined ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop() as AslNode;
    if (node.kind === 'object') {
      for (const p of node.properties) if (p.value !== undefined) stack.push(p.value);
    } else if (node.kind === 'array') {
      for (const item of node.items) stack.push(item);
    } else if (node.kind === 'string') out.push(node);
  }
  return out;
}

function typedValue(text: string): unknown {
  if (text === 'true' || text === 'false' || text === 'null') return JSON.parse(text);
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Parses `Name=value` pairs (the CLI's `--substitute`); an error message for a malformed one. */
export function parseSubstitution(pair: string): { name: string; value: string } | string {
  const eq = pair.indexOf('=');
  if (eq <= 0) return `'${pair}' is not Name=value`;
  const name = pair.slice(0, eq);
  if (!/^[A-Za-z0-9_.:-]+$/.test(name)) return `'${name}' is not a placeholder name (letters, digits, _ . : -)`;
  return { name, value: pair.slice(eq + 1) };
}
