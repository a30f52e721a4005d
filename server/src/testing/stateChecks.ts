/*
 * `states:` checks of a case: a state's input and output on one visit (exactly or as a deep
 * subset), how often it was entered, how often it was retried. Pure.
 */
import type { Json } from '../interpreter/value';
import { firstMismatch, mismatchMessage } from './compare';
import type { FailureList } from './failures';
import type { StateCheck, StateExpectation } from './model';
import type { ExecutionRecord, StateVisit } from './record';

export function checkStates(states: readonly StateExpectation[], record: ExecutionRecord, list: FailureList): void {
  for (const s of states) checkState(s, record, list);
}

function checkState(s: StateExpectation, record: ExecutionRecord, list: FailureList): void {
  const name = s.state.value;
  const visits = record.visits.get(name) ?? [];
  for (const c of s.checks) {
    if (c.kind === 'entered') checkCount(`'${name}' was entered`, visits.length, c, list);
    else if (c.kind === 'retries') checkCount(`'${name}' was retried`, record.retries.get(name) ?? 0, c, list);
  }
  const payloadChecks = s.checks.filter((c) => c.kind !== 'entered' && c.kind !== 'retries');
  if (payloadChecks.length === 0) return;
  const visit = visits[s.visit];
  if (visit === undefined) {
    list.add('states', `'${name}' has no visit ${s.visit}: it was entered ${visits.length} time(s)`, s.state.span);
    return;
  }
  for (const c of payloadChecks) checkPayload(name, s.visit, visit, c, list);
}

function checkCount(what: string, actual: number, c: StateCheck, list: FailureList): void {
  if (actual !== c.expected)
    list.add('states', `${what} ${actual} time(s), expected ${String(c.expected)}`, c.span, {
      expected: c.expected,
      actual,
    });
}

function checkPayload(name: string, index: number, visit: StateVisit, c: StateCheck, list: FailureList): void {
  const isInput = c.kind === 'input' || c.kind === 'inputContains';
  const where = `'${name}' ${isInput ? 'input' : 'output'}${index > 0 ? ` (visit ${index})` : ''}`;
  if (!isInput && !visit.exited) {
    list.add('states', `${where}: the state did not exit (it failed or the execution stopped in it)`, c.span, {
      expected: c.expected,
    });
    return;
  }
  const actual: Json | undefined = isInput ? visit.input : visit.output;
  const m = firstMismatch(c.expected, actual, '$', c.kind.endsWith('Contains'));
  if (m !== undefined) list.add('states', mismatchMessage(where, m), c.span, { expected: c.expected, actual });
}
