/*
 * Expression parsers shared by the validator (service/) and the interpreter: JSONPath, reference
 * paths and intrinsic function calls (syntax), and static checks of intrinsic calls. Pure and total: they return
 * errors, never throw, and import
 * nothing from the interpreter. What these parsers accept is exactly what the interpreter runs.
 */
export type {
  ExprError,
  JsonPathAst,
  JsonPathRoot,
  PathSegment,
  FilterExpr,
  FilterOperand,
  FilterOperator,
  JsonPathFunction,
  IntrinsicArg,
  IntrinsicCall,
} from './types';
export { parseJsonPath, isReferencePath } from './jsonPathParser';
export { segmentKey } from './pathSegments';
export { isJsonataString, jsonataBody } from './jsonataText';
export { parseIntrinsic, isIntrinsicCall } from './intrinsicParser';
export { checkIntrinsic } from './intrinsicChecks';
