/*
 * Parses user-supplied JSON (execution input, mock files) and, when it is not valid, says where:
 * `<what>:<line>:<column>: <problem>`. JSON.parse decides validity (it is what a real run reads);
 * jsonc-parser, in strict mode, only locates the first problem. No I/O.
 */
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../asl/lines';
import type { Json } from '../interpreter/value';
import { nestedDeeperThan, tooDeepMessage } from '../interpreter/guards';

export function parseJsonText(text: string, what: string): { value: Json } | { error: string } {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    return { error: `${what}:${locateProblem(text, error)}` };
  }
  return nestedDeeperThan(value) ? { error: tooDeepMessage(what) } : { value };
}

function locateProblem(text: string, error: unknown): string {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return ` not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const at = new LineIndex(text).positionAt(first.offset);
  return `${at.line + 1}:${at.character + 1}: not valid JSON (${describe(printParseErrorCode(first.error))})`;
}

/** 'InvalidSymbol' → 'invalid symbol'. */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
