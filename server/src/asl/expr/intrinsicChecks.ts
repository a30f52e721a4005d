/*
 * Static checks of a parsed intrinsic call, shared by the interpreter (which refuses to run a call
 * that fails them) and available to the validator: unknown function names, argument counts, the
 * States.Format placeholder count for a literal template, and nesting deeper than 10.
 * Decision: AWS's "nest up to 10 intrinsic functions within a field" is read as a depth limit.
 */
import { INTRINSIC_SIGNATURES } from './intrinsicSignatures';
import type { ExprError, IntrinsicArg, IntrinsicCall } from './types';

export const MAX_INTRINSIC_NESTING = 10;

export function checkIntrinsic(call: IntrinsicCall): ExprError[] {
  return checkCall(call, 1);
}

function checkCall(call: IntrinsicCall, depth: number): ExprError[] {
  if (depth > MAX_INTRINSIC_NESTING) {
    return [
      {
        message: `Intrinsic functions can be nested at most ${MAX_INTRINSIC_NESTING} levels deep`,
        start: call.nameStart,
        end: call.nameEnd,
      },
    ];
  }
  const errors: ExprError[] = [];
  const signature = INTRINSIC_SIGNATURES.get(call.name);
  if (!signature) {
    errors.push({ message: `Unknown intrinsic function '${call.name}'`, start: call.nameStart, end: call.nameEnd });
  } else if (call.args.length < signature.minArgs || call.args.length > signature.maxArgs) {
    errors.push({
      message: `${call.name} takes ${arity(signature.minArgs, signature.maxArgs)}, not ${call.args.length}`,
      start: call.nameStart,
      end: call.end,
    });
  }
  if (call.name === 'States.Format' && call.args[0]?.kind === 'string')
    errors.push(...checkFormatArity(call, call.args[0]));
  for (const arg of call.args) if (arg.kind === 'call') errors.push(...checkCall(arg, depth + 1));
  return errors;
}

function checkFormatArity(call: IntrinsicCall, template: IntrinsicArg & { kind: 'string' }): ExprError[] {
  const placeholders = countPlaceholders(template.raw);
  const values = call.args.length - 1;
  if (placeholders === values) return [];
  return [
    {
      message: `The template has ${placeholders} '{}' but ${values} value${values === 1 ? ' is' : 's are'} given`,
      start: template.start,
      end: template.end,
    },
  ];
}

/** Counts `{}` in a template written with intrinsic escapes (`\{` is not a placeholder). */
export function countPlaceholders(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '{' && raw[i + 1] === '}') {
      n++;
      i++;
    }
  }
  return n;
}

function arity(min: number, max: number): string {
  const n = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${n(min)}`;
  return min === max ? n(min) : `${min} to ${n(max)}`;
}
