/*
 * The ASL document model: one format-neutral syntax tree for JSON and YAML, and the state machines
 * built on it. Offsets only (0-based UTF-16 code units into the text); no LSP types, no I/O.
 * Everything here is plain data, produced by parse.ts, which never throws.
 */

/** Half-open span [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type SourceFormat = 'json' | 'yaml';
export type QueryLanguage = 'JSONPath' | 'JSONata';

/** A node of the syntax tree, the same shape whether the text was JSON or YAML. */
export type AslNode = AslObjectNode | AslArrayNode | AslScalarNode;

interface NodeBase {
  /** Span of the whole value (for a YAML block mapping: from its first key to the end of its last value). */
  readonly span: Span;
  /** The same offsets as `span` (span.start, span.end), read without going through it. */
  readonly start: number;
  readonly end: number;
  /** The property or array that holds this node; undefined for the root. */
  readonly parent?: AslProperty | AslArrayNode;
}

export interface AslObjectNode extends NodeBase {
  readonly kind: 'object';
  /** Properties in source order. Duplicated keys are kept (the validator reports them). */
  readonly properties: readonly AslProperty[];
}

export interface AslArrayNode extends NodeBase {
  readonly kind: 'array';
  readonly items: readonly AslNode[];
}

export interface AslScalarNode extends NodeBase {
  readonly kind: 'string' | 'number' | 'boolean' | 'null';
  readonly value: string | number | boolean | null;
  /**
   * For strings: span of the string's content without quotes (JSON and quoted YAML), so that an
   * offset inside a JSONPath or `{% %}` expression maps back to the text. Equal to `span` for plain
   * YAML scalars and for non-strings.
   */
  readonly contentSpan: Span;
  readonly contentStart: number;
  readonly contentEnd: number;
}

export interface AslProperty {
  readonly key: string;
  /** Span of the key as written, quotes included for JSON. */
  readonly keySpan: Span;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Undefined when the text is incomplete (`"Next":` with nothing after it). */
  readonly value?: AslNode;
  /** From the key's start to the value's end (or the key's end when there is no value). */
  readonly span: Span;
  readonly start: number;
  readonly end: number;
  readonly parent: AslObjectNode;
}

/** An edge of the state graph. */
export interface Transition {
  readonly kind: 'StartAt' | 'Next' | 'Default' | 'Choice' | 'Catch';
  /** The state name written in the text. */
  readonly target: string;
  /** Span of the target string (quotes included for JSON) in the text. */
  readonly span: Span;
  /** The string node holding the target. */
  readonly node: AslScalarNode;
  /** Index into Choices[] or Catch[] for 'Choice' and 'Catch'. */
  readonly index?: number;
  /** The state the edge leaves; undefined for StartAt. */
  readonly from?: AslState;
  /** The state of the same machine that `target` names (the first of that name); undefined when none does. */
  readonly resolved?: AslState;
}

/**
 * A state machine: the top-level one, a Parallel branch, or a Map ItemProcessor/Iterator.
 * Its states are scoped: transitions may only name states of the same machine.
 */
export interface AslMachine {
  readonly node: AslObjectNode;
  /** 'root', or the path to this machine: e.g. 'Fan out/Branches[1]', 'Each item/ItemProcessor'. */
  readonly id: string;
  readonly startAt?: Transition;
  /** The `States` object node, when present and an object. */
  readonly statesNode?: AslObjectNode;
  /** States in source order (all entries of `States` whose key is a string; duplicates kept). */
  readonly states: readonly AslState[];
  /** States by name; for duplicated names the first occurrence wins. */
  readonly stateByName: ReadonlyMap<string, AslState>;
  /** Effective query language of this machine (QueryLanguage field, else inherited, else JSONPath). */
  readonly queryLanguage: QueryLanguage;
  /** For a nested machine: the Parallel or Map state that owns it. */
  readonly owner?: {
    readonly state: AslState;
    readonly kind: 'Branch' | 'ItemProcessor' | 'Iterator';
    readonly index?: number;
  };
}

export interface AslState {
  readonly name: string;
  /** Span of the state's key as written (quotes included for JSON). */
  readonly nameSpan: Span;
  /** The property `"Name": { ... }` inside `States`. */
  readonly property: AslProperty;
  /** The state's object node; undefined when the value is not an object. */
  readonly node?: AslObjectNode;
  /** The value of `Type` when it is a string. */
  readonly type?: string;
  readonly machine: AslMachine;
  /** Effective query language: the state's QueryLanguage field, else its machine's. */
  readonly queryLanguage: QueryLanguage;
  /** Outgoing edges: Next, Default, Choices[].Next, Catch[].Next. */
  readonly transitions: readonly Transition[];
  /** Parallel Branches and Map ItemProcessor/Iterator, in source order. */
  readonly children: readonly AslMachine[];
  /** True when `End` is `true`. */
  readonly isEnd: boolean;
  /** Position of this state in its machine's `states`. */
  readonly ordinal: number;
  /** Position of this state in the document's `allStates`. */
  readonly index: number;
}

export interface SyntaxProblem {
  readonly message: string;
  readonly span: Span;
  /** Stable code, e.g. 'json-syntax' or 'yaml-syntax'. */
  readonly code: string;
}

export interface AslDocument {
  readonly text: string;
  readonly format: SourceFormat;
  /** Root of the syntax tree; undefined only when the text holds no value at all. */
  readonly root?: AslNode;
  /** The top-level machine; undefined when the root is not an object. */
  readonly machine?: AslMachine;
  /** Every state of every machine, depth-first in source order. */
  readonly allStates: readonly AslState[];
  /** Every machine, the top-level one first. */
  readonly allMachines: readonly AslMachine[];
  readonly syntaxErrors: readonly SyntaxProblem[];
}
