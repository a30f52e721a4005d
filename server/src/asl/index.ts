/*
 * Public API of the ASL document model (barrel). Consumers import from here, not from the files.
 * Pure, no I/O, no LSP types; nothing here throws.
 */
export * from './types';
export { parseAsl, formatForFileName } from './parse';
export {
  getProperty,
  getPropertyValue,
  nodeToValue,
  stringValue,
  isString,
  isObject,
  findNodeAtOffset,
  spanContains,
} from './nodes';
export { findState, successors, reachableStates, referencesTo, canReachTerminal, isTerminal } from './graph';
