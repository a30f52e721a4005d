/*
 * YAML text → AslNode tree (the `yaml` package, YAML 1.2 core schema) with exact spans. Only the
 * first document counts; errors and warnings become 'yaml-syntax' problems. Aliases are expanded
 * with the alias's own span (bounded, cycle-safe). Plain block YAML takes a faster scanner
 * (parseYamlFast.ts) that builds the same tree. Knows nothing of ASL semantics.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YNode,
  type Scalar,
} from 'yaml';
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
  TOO_DEEP_MESSAGE,
} from './build';
import { YAML_DEPTH_LIMIT, yamlDepthBound } from './depthGuard';
import { parseBlockYaml } from './parseYamlFast';
import { tooDeepProblem, type ParsedTree } from './parseJson';
import type { AslArrayNode, AslNode, AslProperty, Span, SyntaxProblem } from './types';

type Parent = AslProperty | AslArrayNode | undefined;

interface Ctx {
  readonly text: string;
  readonly doc: Document;
  /** Aliases being expanded (cycle guard). */
  readonly active: Set<unknown>;
  /** Remaining number of nodes that alias expansion may still create. */
  budget: number;
  /** Current container depth. */
  depth: number;
  readonly problems: SyntaxProblem[];
}

/** Parses YAML text into the format-neutral tree. */
export function parseYamlTree(text: string): ParsedTree {
  const fast = parseBlockYaml(text); // bounded recursion of its own (MAX_DEPTH): no depth pre-check needed
  if (fast !== undefined) return { root: fast, problems: [], fast: true };
  return parseYamlTreeWithLibrary(text);
}

/** The `yaml` package path: any YAML, with its errors and warnings (the fast path's reference). */
export function parseYamlTreeWithLibrary(text: string): ParsedTree {
  if (yamlDepthBound(text) > YAML_DEPTH_LIMIT) return { problems: [tooDeepProblem(text, 'yaml-syntax')] };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, version: '1.2', schema: 'core' });
  const problems: SyntaxProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) problems.push(toProblem(text, e.message, e.code, e.pos));
  const ctx: Ctx = { text, doc, active: new Set(), budget: 10000, depth: 0, problems };
  const contents = doc.contents as YNode | null;
  const root = contents === null ? undefined : convert(ctx, contents, undefined, undefined);
  return { root, problems };
}

function toProblem(text: string, message: string, code: string, pos: [number, number]): SyntaxProblem {
  const start = clamp(pos[0], text);
  const end = Math.max(start, clamp(pos[1], text));
  const readable =
    code === 'MULTIPLE_DOCS' ? 'Only one YAML document is allowed in a state machine definition' : message;
  return { message: readable, span: span(start, end), code: 'yaml-syntax' };
}

function clamp(offset: number, text: string): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(offset, text.length)) : 0;
}

function rangeSpan(ctx: Ctx, node: YNode): Span {
  const r = node.range;
  if (!r) return span(0, 0);
  const start = clamp(r[0], ctx.text);
  return span(start, Math.max(start, clamp(r[1], ctx.text)));
}

/** Converts a yaml node; `at` overrides spans (alias expansion). Returns undefined for an empty value. */
function convert(ctx: Ctx, node: YNode, parent: Parent, at: Span | undefined): AslNode | undefined {
  if (isScalar(node)) return scalar(ctx, node, parent, at);
  if (isAlias(node)) return alias(ctx, node, parent, at);
  if (!isMap(node) && !isSeq(node)) return undefined;
  if (ctx.depth >= MAX_DEPTH) return tooDeep(ctx, node);
  ctx.depth++;
  const out = isMap(node) ? mapping(ctx, node, parent, at) : sequence(ctx, node, parent, at);
  ctx.depth--;
  return out;
}

function tooDeep(ctx: Ctx, node: YNode): undefined {
  if (!ctx.problems.some((p) => p.message === TOO_DEEP_MESSAGE)) {
    const s = rangeSpan(ctx, node);
    ctx.problems.push({
      message: TOO_DEEP_MESSAGE,
      span: span(s.start, Math.min(s.end, s.start + 1)),
      code: 'yaml-syntax',
    });
  }
  return undefined;
}

/** Why an alias is not expanded: no such anchor, the expansion budget is spent, or it refers to itself. */
function aliasProblem(target: YNode | undefined, budget: number): string {
  if (target === undefined) return 'Unknown YAML anchor';
  return budget <= 0 ? 'Too many YAML alias expansions' : 'Recursive YAML alias';
}

function alias(ctx: Ctx, node: YNode, parent: Parent, at: Span | undefined): AslNode | undefined {
  const own = at ?? rangeSpan(ctx, node);
  let target: YNode | undefined;
  try {
    target = isAlias(node) ? (node.resolve(ctx.doc) as YNode | undefined) : undefined;
  } catch {
    target = undefined;
  }
  if (target === undefined || ctx.active.has(target) || ctx.budget <= 0) {
    const why = aliasProblem(target, ctx.budget);
    if (at === undefined)
      ctx.problems.push({ message: `${why}: ${ctx.text.slice(own.start, own.end)}`, span: own, code: 'yaml-syntax' });
    return newScalar('null', null, own, own, parent);
  }
  ctx.active.add(target);
  const out = convert(ctx, target, parent, own);
  ctx.active.delete(target);
  return out;
}

function scalar(ctx: Ctx, node: Scalar, parent: Parent, at: Span | undefined): AslNode | undefined {
  if (at !== undefined) ctx.budget--;
  const s = at ?? trimmedSpan(ctx, node);
  const value = node.value;
  if (at === undefined && s.start === s.end && node.type === 'PLAIN' && value === null) return undefined;
  if (value === null || value === undefined) return newScalar('null', null, s, s, parent);
  if (typeof value === 'number') return newScalar('number', value, s, s, parent);
  if (typeof value === 'boolean') return newScalar('boolean', value, s, s, parent);
  const str = typeof value === 'string' ? value : String(value);
  return newScalar('string', str, s, at ?? contentSpan(ctx, node, s), parent);
}

/** A scalar's span without the trailing line breaks that block scalars carry. */
function trimmedSpan(ctx: Ctx, node: YNode): Span {
  const s = rangeSpan(ctx, node);
  let end = s.end;
  while (end > s.start && isSpace(ctx.text.charCodeAt(end - 1))) end--;
  return end === s.end ? s : span(s.start, end);
}

function contentSpan(ctx: Ctx, node: Scalar, s: Span): Span {
  const text = ctx.text;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    const closed = s.end - s.start >= 2 && text[s.end - 1] === text[s.start];
    return span(Math.min(s.start + 1, s.end), closed ? s.end - 1 : s.end);
  }
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    let start = text.indexOf('\n', s.start);
    if (start < 0 || start >= s.end) return span(s.end, s.end);
    while (start < s.end && isSpace(text.charCodeAt(start))) start++;
    return span(start, s.end);
  }
  return s;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function mapping(
  ctx: Ctx,
  node: YNode & { items: unknown[]; flow?: boolean },
  parent: Parent,
  at: Span | undefined,
): AslNode {
  const obj = newObject(at ?? rangeSpan(ctx, node), parent);
  for (const item of node.items) {
    if (!isPair(item)) continue;
    if (at !== undefined) ctx.budget--;
    const keyNode = item.key as YNode | null;
    const valueNode = item.value as YNode | null;
    const keySpan = at ?? pairKeySpan(ctx, keyNode, valueNode, obj.span);
    const prop = addProperty(obj, keyText(ctx, keyNode), keySpan);
    const value = valueNode === null ? undefined : convert(ctx, valueNode, prop, at);
    if (value !== undefined) setPropertyValue(prop, value);
  }
  if (at === undefined && !node.flow)
    fitBlockSpan(
      obj,
      obj.properties.map((p) => p.span),
    );
  return obj;
}

function sequence(
  ctx: Ctx,
  node: YNode & { items: unknown[]; flow?: boolean },
  parent: Parent,
  at: Span | undefined,
): AslNode {
  const arr = newArray(at ?? rangeSpan(ctx, node), parent);
  for (const item of node.items) {
    const child = item === null ? undefined : convert(ctx, item as YNode, arr, at);
    if (child !== undefined) addItem(arr, child);
  }
  if (at === undefined && !node.flow)
    fitBlockSpan(
      arr,
      arr.items.map((i) => i.span),
    );
  return arr;
}

/** A block collection ends where its last entry ends (the yaml range includes trailing lines). */
function fitBlockSpan(node: AslNode, children: Span[]): void {
  const last = children[children.length - 1];
  if (last === undefined) return;
  const end = Math.max(last.end, node.span.start);
  setSpan(node, span(node.start, end));
}

function pairKeySpan(ctx: Ctx, key: YNode | null, value: YNode | null, fallback: Span): Span {
  if (key !== null && key.range) return isScalar(key) ? trimmedSpan(ctx, key) : rangeSpan(ctx, key);
  const at = value?.range ? clamp(value.range[0], ctx.text) : fallback.start;
  return span(at, at);
}

function keyText(ctx: Ctx, key: YNode | null): string {
  if (key === null) return '';
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  const s = rangeSpan(ctx, key);
  return ctx.text.slice(s.start, s.end);
}
