/*
 * undefined-variable (warning): a `$name` read in a state that no Assign on any path from StartAt
 * can have set before that state is entered (a state's own Assign is not visible to itself).
 * Parallel branches and inline Map iterations see the variables visible at their owner's entry;
 * Distributed Map children see none. The flow itself is asl/variables.ts (VariableAnalysis), the
 * same analysis completion and hover use; only reachable states (and their children) are checked.
 */
import { VariableAnalysis } from '../../../asl/variables';
import type { AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

export const undefinedVariableRule: DiagnosticRule = {
  scope: 'document',
  codes: ['undefined-variable'],
  check(ctx) {
    const reads = ctx.variableReads;
    if (reads.size === 0 || !ctx.doc.machine) return;
    const analysis = new VariableAnalysis();
    for (const [state, list] of reads) {
      if (!isLive(ctx, state)) continue; // unreachable: reported elsewhere
      for (const read of list) {
        if (analysis.mayBeSet(state, read.name)) continue;
        const message = analysis.mayBeSet(state, read.name, true)
          ? MESSAGES.undefinedVariableDistributed(read.name)
          : MESSAGES.undefinedVariable(read.name);
        ctx.report('undefined-variable', read.span, message, { data: { variable: read.name, state: state.name } });
      }
    }
  },
};

/** Reachable in its machine, and so is every enclosing Parallel / Map state. */
function isLive(ctx: RuleContext, state: AslState): boolean {
  let current: AslState | undefined = state;
  for (let depth = 0; current !== undefined && depth < 1000; depth++) {
    if (ctx.reachable(current.machine)?.has(current) !== true) return false;
    current = current.machine.owner?.state;
  }
  return true;
}
