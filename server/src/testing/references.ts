/*
 * What a test case says about the definition's states, for the language server's checks ("no
 * state 'Chrage' in the definition, did you mean 'Charge'?") and completion in test files, and
 * for the runner's own pre-check. Pure.
 */
import type { Span } from '../asl';
import type { TestCase } from './model';

export type StateReferenceRole = 'mock' | 'path' | 'visits' | 'notVisits' | 'states';

export interface StateReference {
  readonly name: string;
  /** Where the name is written in the test file. */
  readonly span: Span;
  readonly role: StateReferenceRole;
}

/** Every state name the case writes, in file order within each role. */
export function referencedStates(testCase: TestCase): StateReference[] {
  const refs: StateReference[] = testCase.mocks.map((m) => ({ name: m.state, span: m.stateSpan, role: 'mock' }));
  for (const e of testCase.expectations) {
    if (e.kind === 'path' || e.kind === 'visits' || e.kind === 'notVisits')
      for (const s of e.states) refs.push({ name: s.value, span: s.span, role: e.kind });
    else if (e.kind === 'states')
      for (const s of e.states) refs.push({ name: s.state.value, span: s.state.span, role: 'states' });
  }
  return refs;
}
