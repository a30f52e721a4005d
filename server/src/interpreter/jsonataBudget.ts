/*
 * Budgets of one JSONata evaluation: wall-clock time and evaluation depth, enforced through
 * jsonata's evaluation hooks (`__evaluate_entry` / `__evaluate_exit`, as in jsonata's own
 * "timeboxing" test). The hooks are installed once per compiled expression and read the budget of
 * the current evaluation from a binding no expression can name (so concurrent evaluations of
 * the same expression keep separate budgets). Depth counts evaluation steps in progress, so it
 * also bounds the heap an unbounded recursion can take.
 */
import type jsonata from 'jsonata';
import type { EvaluationBudget } from './environment';

/** A binding name containing a space: no JSONata variable can refer to it. */
const BUDGET_BINDING = 'asl budget';

interface Tracker {
  readonly budget: EvaluationBudget;
  readonly deadline: number;
  depth: number;
  steps: number;
}

/** What the evaluation failed on; jsonata.ts turns it into States.QueryEvaluationError. */
export class BudgetExceeded extends Error {}

export function installBudgetHooks(expression: jsonata.Expression): void {
  const target = expression as unknown as { assign(name: symbol, value: unknown): void };
  target.assign(Symbol.for('jsonata.__evaluate_entry'), onEntry);
  target.assign(Symbol.for('jsonata.__evaluate_exit'), onExit);
}

/** The bindings entry that arms the hooks for one evaluation. */
export function budgetBinding(budget: EvaluationBudget): Record<string, unknown> {
  const tracker: Tracker = { budget, deadline: budget.stopwatch() + budget.timeoutMs, depth: 0, steps: 0 };
  return { [BUDGET_BINDING]: tracker };
}

interface HookEnvironment {
  lookup(name: string): unknown;
}

function onEntry(_expr: unknown, _input: unknown, environment: HookEnvironment): void {
  const tracker = environment.lookup(BUDGET_BINDING) as Tracker | undefined;
  if (tracker === undefined) return;
  if (++tracker.depth > tracker.budget.maxDepth)
    throw new BudgetExceeded(
      `evaluation went deeper than ${tracker.budget.maxDepth} nested steps (a recursion that does not end?); the local limit is --expression-max-depth`,
    );
  if ((++tracker.steps & 63) === 0 && tracker.budget.stopwatch() > tracker.deadline)
    throw new BudgetExceeded(
      `evaluation took longer than ${tracker.budget.timeoutMs / 1000} s (an endless loop or too much work?); the local limit is --expression-timeout`,
    );
}

function onExit(_expr: unknown, _input: unknown, environment: HookEnvironment): void {
  const tracker = environment.lookup(BUDGET_BINDING) as Tracker | undefined;
  if (tracker !== undefined) tracker.depth--;
}
