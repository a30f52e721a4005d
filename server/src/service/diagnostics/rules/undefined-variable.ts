/*
 * undefined-variable (warning): a `$name` read in a state that no Assign on any path from StartAt
 * can have set before that state is entered (a state's own Assign is not visible to itself).
 * Parallel branches and inline Map iterations see the variables visible at their owner's entry;
 * Distributed Map children see none. One forward may-analysis per machine, linear in edges x names.
 */
import { getPropertyValue } from '../../../asl/nodes';
import type { AslMachine, AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { resolve } from '../support/stateIndex';
import { assignedOnEdge, collectReads, type VariableRead } from '../support/variables';

type Names = ReadonlySet<string>;

export const undefinedVariableRule: DiagnosticRule = {
  codes: ['undefined-variable'],
  check(ctx) {
    const reads = collectReads(ctx);
    if (reads.size === 0 || !ctx.doc.machine) return;
    analyse(ctx, ctx.doc.machine, new Set(), new Set(), reads);
  },
};

/** `visible`: names this machine may read on entry; `outer`: names hidden by a distributed boundary. */
function analyse(ctx: RuleContext, machine: AslMachine, visible: Names, outer: Names, reads: Map<AslState, VariableRead[]>): void {
  const entry = flow(ctx, machine, visible);
  for (const state of machine.states) {
    const atEntry = entry.get(state);
    if (!atEntry) continue; // unreachable: reported elsewhere
    for (const read of reads.get(state) ?? []) {
      if (atEntry.has(read.name)) continue;
      const message = outer.has(read.name) ? MESSAGES.undefinedVariableDistributed(read.name) : MESSAGES.undefinedVariable(read.name);
      ctx.report('undefined-variable', read.span, message, { data: { variable: read.name, state: state.name } });
    }
    for (const child of state.children) {
      if (isDistributed(child)) analyse(ctx, child, new Set(), new Set([...outer, ...atEntry]), reads);
      else analyse(ctx, child, atEntry, outer, reads);
    }
  }
}

/** Names possibly assigned when entering each reachable state. */
function flow(ctx: RuleContext, machine: AslMachine, visible: Names): Map<AslState, Set<string>> {
  const entry = new Map<AslState, Set<string>>();
  const start = machine.startAt && resolve(ctx.index, machine, machine.startAt.target);
  if (!start) return entry;
  entry.set(start, new Set(visible));
  const work: AslState[] = [start];
  const queued = new Set<AslState>([start]);
  while (work.length > 0) {
    const state = work.pop()!;
    queued.delete(state);
    const names = entry.get(state)!;
    for (const t of state.transitions) {
      const next = resolve(ctx.index, machine, t.target);
      if (!next) continue;
      let target = entry.get(next);
      const fresh = !target;
      if (!target) entry.set(next, (target = new Set()));
      const before = target.size;
      for (const n of names) target.add(n);
      for (const n of assignedOnEdge(state, t)) target.add(n);
      if ((fresh || target.size !== before) && !queued.has(next)) {
        queued.add(next);
        work.push(next);
      }
    }
  }
  return entry;
}

function isDistributed(machine: AslMachine): boolean {
  if (machine.owner?.kind !== 'ItemProcessor') return false;
  const mode = getPropertyValue(getPropertyValue(machine.node, 'ProcessorConfig'), 'Mode');
  return mode?.kind === 'string' && mode.value === 'DISTRIBUTED';
}
