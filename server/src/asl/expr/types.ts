/*
 * Syntax trees of ASL expressions: JSONPath (Jayway dialect, as AWS Step Functions runs it) and
 * intrinsic function calls. Offsets are relative to the parsed text. Pure data, no evaluation.
 */

/** A syntax error in an expression; [start, end) relative to the parsed text. */
export interface ExprError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** 'warning': AWS accepts the text but ASL Studio cannot evaluate it (a local limitation). */
  readonly severity?: 'warning';
}

export type JsonPathRoot =
  | { readonly kind: 'data' } // $
  | { readonly kind: 'context' } // $$
  | { readonly kind: 'variable'; readonly name: string }; // $name

export type FilterLiteral =
  null | boolean | number | string | readonly FilterLiteral[] | { readonly [key: string]: FilterLiteral };

export type FilterExpr =
  | { readonly kind: 'or' | 'and'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly operand: FilterExpr }
  | { readonly kind: 'exists'; readonly operand: FilterOperand }
  | {
      readonly kind: 'compare';
      readonly op: FilterOperator;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    };

export type FilterOperator =
  '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~' | 'in' | 'nin' | 'subsetof' | 'anyof' | 'noneof' | 'size' | 'empty';

export type FilterOperand =
  | { readonly kind: 'literal'; readonly value: FilterLiteral }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string }
  /** `@...` (relative to the current item) or `$...` (absolute, from the data root). */
  | {
      readonly kind: 'path';
      readonly relative: boolean;
      readonly segments: readonly PathSegment[];
      readonly function?: JsonPathFunction;
    };

/** Jayway's argument-less path functions, allowed as the last step of a (non-reference) path. */
export type JsonPathFunction = 'min' | 'max' | 'avg' | 'stddev' | 'length' | 'sum' | 'keys' | 'first' | 'last';

export type PathSegment =
  | { readonly kind: 'property'; readonly name: string } // .name  ['name']
  | { readonly kind: 'index'; readonly index: number } // [n] (negative counts from the end)
  | { readonly kind: 'properties'; readonly names: readonly string[] } // ['a','b']
  | { readonly kind: 'indexes'; readonly indexes: readonly number[] } // [0,2]
  | { readonly kind: 'wildcard' } // .*  [*]
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number } // [a:b] [:b] [a:]
  | { readonly kind: 'filter'; readonly expr: FilterExpr } // [?(...)]
  | { readonly kind: 'descendant'; readonly then: PathSegment }; // ..name  ..*  ..[0]

export interface JsonPathAst {
  readonly root: JsonPathRoot;
  readonly segments: readonly PathSegment[];
  /** A trailing `.length()`-style function applied to what the segments select. */
  readonly function?: JsonPathFunction;
  /** True when the path can only select one node (no wildcard, filter, slice, union, `..`). */
  readonly definite: boolean;
  /** True for a reference path: only `.name`, `['name']` and `[n]` segments. */
  readonly reference: boolean;
}

export type IntrinsicArg =
  | {
      readonly kind: 'string';
      readonly value: string;
      /** Text between the quotes, escapes kept (States.Format needs `\{`). */ readonly raw: string;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'null'; readonly start: number; readonly end: number }
  | {
      readonly kind: 'path';
      readonly path: string;
      readonly ast: JsonPathAst;
      readonly start: number;
      readonly end: number;
    }
  | IntrinsicCall;

export interface IntrinsicCall {
  readonly kind: 'call';
  /** Full name, e.g. 'States.Format'. */
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly args: readonly IntrinsicArg[];
  readonly start: number;
  readonly end: number;
}
