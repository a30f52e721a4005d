/*
 * JSON text → AslNode tree, error tolerant (jsonc-parser's scanner/visitor), with exact spans.
 * Comments and trailing commas are reported: AWS rejects them. Knows nothing of ASL semantics.
 */
import { printParseErrorCode, visit, type JSONVisitor, type ParseErrorCode } from 'jsonc-parser';
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
import { JSON_DEPTH_LIMIT, jsonDepthBound } from './depthGuard';
import { parseStrictJson } from './parseJsonFast';
import type { AslArrayNode, AslNode, AslObjectNode, AslProperty, SyntaxProblem } from './types';

export interface ParsedTree {
  readonly root?: AslNode;
  readonly problems: SyntaxProblem[];
  /** True when the fast path (strict JSON, plain block YAML) built the tree: it can be updated in place. */
  readonly fast?: boolean;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Expected a property name',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: "Expected '}'",
  CloseBracketExpected: "Expected ']'",
  EndOfFileExpected: 'Expected the end of the document: only one JSON value is allowed',
  InvalidCommentToken: 'Comments are not allowed in JSON (AWS rejects them)',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Incomplete number',
  InvalidUnicode: 'Invalid unicode escape sequence',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid character in string (control characters must be escaped)',
};

interface Frame {
  readonly node: AslObjectNode | AslArrayNode;
  /** For an object: the property whose value comes next. */
  pending?: AslProperty;
}

/** Parses JSON text into the format-neutral tree. */
export function parseJsonTree(text: string): ParsedTree {
  const strict = parseStrictJson(text);
  return strict !== undefined ? { root: strict, problems: [], fast: true } : parseJsonTreeTolerant(text);
}

/** The error-tolerant path (jsonc-parser's visitor); parseJsonTree uses it when the text is not strict JSON. */
export function parseJsonTreeTolerant(text: string): ParsedTree {
  if (jsonDepthBound(text) > JSON_DEPTH_LIMIT) return { problems: [tooDeepProblem(text, 'json-syntax')] };
  const b = new TreeBuilder(text);
  const visitor: JSONVisitor = {
    onObjectBegin: (offset) => b.begin(offset, true),
    onArrayBegin: (offset) => b.begin(offset, false),
    onObjectEnd: (offset, length) => b.end(offset + length),
    onArrayEnd: (offset, length) => b.end(offset + length),
    onObjectProperty: (name, offset, length) => b.property(name, offset, length),
    onLiteralValue: (value: unknown, offset, length) => b.literal(value, offset, length),
    onSeparator: (sep) => b.separator(sep),
    onError: (error, offset, length) => b.error(error, offset, length),
  };
  visit(text, visitor, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return b.finish();
}

/** Builds the tree from jsonc-parser's visitor events (one frame per open container). */
class TreeBuilder {
  private readonly problems: SyntaxProblem[] = [];
  private readonly frames: Frame[] = [];
  private root: AslNode | undefined;
  /** Depth of containers being skipped beyond MAX_DEPTH. */
  private skipped = 0;

  constructor(private readonly text: string) {}

  begin(offset: number, isObject: boolean): void {
    if (this.tooDeep(offset)) return;
    const s = span(offset, offset + 1);
    const parent = this.parent();
    const node = isObject ? newObject(s, parent) : newArray(s, parent);
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) this.root ??= node;
    else if (top.node.kind === 'array') addItem(top.node, node);
    /* a property gets its container value (and span) in end() */
    this.frames.push({ node });
  }

  end(endOffset: number): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    const frame = this.frames.pop();
    if (frame === undefined) return;
    setSpan(frame.node, span(frame.node.span.start, endOffset));
    const parent = frame.node.parent;
    if (parent !== undefined && 'key' in parent) setPropertyValue(parent, frame.node);
    const top = this.frames[this.frames.length - 1];
    if (top !== undefined) top.pending = undefined;
  }

  property(name: string, offset: number, length: number): void {
    const top = this.frames[this.frames.length - 1];
    if (this.skipped === 0 && top !== undefined && top.node.kind === 'object')
      top.pending = addProperty(top.node, name, span(offset, offset + length));
  }

  literal(value: unknown, offset: number, length: number): void {
    if (this.skipped > 0) return;
    this.attach(literal(this.text, value, offset, length, this.parent()));
    const top = this.frames[this.frames.length - 1];
    if (top !== undefined) top.pending = undefined;
  }

  separator(sep: string): void {
    const top = this.frames[this.frames.length - 1];
    if (sep === ',' && top !== undefined && this.skipped === 0) top.pending = undefined;
  }

  error(error: ParseErrorCode, offset: number, length: number): void {
    if (offset === 0 && this.text.charCodeAt(0) === 0xfeff) return; /* a byte order mark is not an error */
    const p = problem(this.text, error, offset, length);
    const last = this.problems[this.problems.length - 1];
    if (last === undefined || last.span.start !== p.span.start || last.message !== p.message) this.problems.push(p);
  }

  finish(): ParsedTree {
    this.skipped = 0;
    while (this.frames.length > 0) this.end(this.text.length);
    return { root: this.root, problems: this.problems };
  }

  private parent(): AslProperty | AslArrayNode | undefined {
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) return undefined;
    return top.node.kind === 'array' ? top.node : top.pending;
  }

  /** Links a new node into its container; a container's property span is completed by end(). */
  private attach(node: AslNode): void {
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) {
      if (this.root === undefined) this.root = node;
    } else if (top.node.kind === 'array') addItem(top.node, node);
    else if (top.pending !== undefined) setPropertyValue(top.pending, node);
  }

  private tooDeep(offset: number): boolean {
    if (this.skipped === 0 && this.frames.length < MAX_DEPTH) return false;
    if (this.skipped++ === 0)
      this.problems.push({ message: TOO_DEEP_MESSAGE, span: span(offset, offset + 1), code: 'json-syntax' });
    return true;
  }
}

/** The problem reported when a text is too deeply nested to be parsed at all. */
export function tooDeepProblem(text: string, code: string): SyntaxProblem {
  return { message: 'The document is nested too deeply to be parsed', span: span(0, Math.min(1, text.length)), code };
}

function literal(
  text: string,
  value: unknown,
  offset: number,
  length: number,
  parent: AslProperty | AslArrayNode | undefined,
): AslNode {
  const s = span(offset, offset + length);
  if (typeof value === 'string') {
    const closed = length >= 2 && text.charCodeAt(offset + length - 1) === 34; /* " */
    const content = span(Math.min(offset + 1, s.end), closed ? s.end - 1 : s.end);
    return newScalar('string', value, s, content, parent);
  }
  if (typeof value === 'number') return newScalar('number', value, s, s, parent);
  if (typeof value === 'boolean') return newScalar('boolean', value, s, s, parent);
  return newScalar('null', null, s, s, parent);
}

function problem(text: string, error: ParseErrorCode, offset: number, length: number): SyntaxProblem {
  const name = printParseErrorCode(error);
  if (name === 'PropertyNameExpected' || name === 'ValueExpected') {
    const comma = trailingCommaBefore(text, offset);
    if (comma >= 0)
      return {
        message: 'Trailing commas are not allowed in JSON (AWS rejects them)',
        span: span(comma, comma + 1),
        code: 'json-syntax',
      };
  }
  const start = Math.max(0, Math.min(offset, text.length));
  const end = Math.min(text.length, start + Math.max(0, length));
  return { message: MESSAGES[name] ?? name, span: span(start, end), code: 'json-syntax' };
}

/** Offset of the comma when the token at `offset` is a closing bracket right after one, else -1. */
function trailingCommaBefore(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c !== 125 /* } */ && c !== 93 /* ] */) return -1;
  let i = offset - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  return text.charCodeAt(i) === 44 /* , */ ? i : -1;
}
