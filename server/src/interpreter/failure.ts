/*
 * ASL errors as values. Expression evaluators return a Failure instead of throwing, so that the
 * engine decides (Retry/Catch, or failing the execution) with AWS's error name and cause.
 */

export class Failure {
  constructor(
    readonly error: string,
    readonly cause: string,
  ) {}
}

export function isFailure(x: unknown): x is Failure {
  return x instanceof Failure;
}

export function runtimeFailure(cause: string): Failure {
  return new Failure('States.Runtime', cause);
}

export type { EvalScope } from './value';
