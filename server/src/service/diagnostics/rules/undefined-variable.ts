/*
 * undefined-variable (warning): a `$name` read in a state that no Assign on any path from StartAt
 * can have set before that state is entered (a state's own Assign is not visible to itself).
 * Parallel branches and inline Map iterations see the variables visible at their owner's entry;
 * Distributed Map children see none. A forward may-analysis per machine over bit masks of the
 * names that are read (31 names per pass), linear in edges.
 */
import { getPropertyValue } from '../../../asl/nodes';
import type { AslMachine, AslState, Transition } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { assignedOnEdge, type VariableRead } from '../support/variables';

const BITS = 31;

interface Pass {
  readonly ctx: RuleContext;
  readonly reads: Map<AslState, VariableRead[]>;
  /** Bit of each name analysed in this pass. */
  readonly bit: ReadonlyMap<string, number>;
  readonly edgeMasks: Map<Transition, number>;
}

export const undefinedVariableRule: DiagnosticRule = {
  scope: 'document',
  codes: ['undefined-variable'],
  check(ctx) {
    const reads = ctx.variableReads;
    if (reads.size === 0 || !ctx.doc.machine) return;
    const names = new Set<string>();
    for (const list of reads.values()) for (const r of list) names.add(r.name);
    const all = [...names];
    for (let i = 0; i < all.length; i += BITS) {
      const bit = new Map(all.slice(i, i + BITS).map((n, j) => [n, 1 << j]));
      analyse({ ctx, reads, bit, edgeMasks: new Map() }, ctx.doc.machine, 0, 0);
    }
  },
};

/** `visible`: names this machine may read on entry; `outer`: names hidden by a distributed boundary. */
function analyse(pass: Pass, machine: AslMachine, visible: number, outer: number): void {
  const entry = flow(pass, machine, visible);
  for (const state of machine.states) {
    const atEntry = entry.get(state);
    if (atEntry === undefined) continue; // unreachable: reported elsewhere
    for (const read of pass.reads.get(state) ?? []) {
      const bit = pass.bit.get(read.name);
      if (bit === undefined || (atEntry & bit) !== 0) continue;
      const message =
        (outer & bit) !== 0 ? MESSAGES.undefinedVariableDistributed(read.name) : MESSAGES.undefinedVariable(read.name);
      pass.ctx.report('undefined-variable', read.span, message, { data: { variable: read.name, state: state.name } });
    }
    for (const child of state.children) {
      if (isDistributed(child)) analyse(pass, child, 0, outer | atEntry);
      else analyse(pass, child, atEntry, outer);
    }
  }
}

/** Mask of names possibly assigned when entering each reachable state. */
function flow(pass: Pass, machine: AslMachine, visible: number): Map<AslState, number> {
  const entry = new Map<AslState, number>();
  const start = machine.startAt && machine.startAt.resolved;
  if (!start) return entry;
  entry.set(start, visible);
  const work: AslState[] = [start];
  const queued = new Set<AslState>([start]);
  while (work.length > 0) {
    const state = work.pop()!;
    queued.delete(state);
    const mask = entry.get(state)!;
    for (const t of state.transitions) {
      const next = t.resolved;
      if (!next) continue;
      const before = entry.get(next);
      const after = (before ?? 0) | mask | edgeMask(pass, state, t);
      if (before === after) continue;
      entry.set(next, after);
      if (!queued.has(next)) {
        queued.add(next);
        work.push(next);
      }
    }
  }
  return entry;
}

function edgeMask(pass: Pass, state: AslState, t: Transition): number {
  let mask = pass.edgeMasks.get(t);
  if (mask === undefined) {
    mask = 0;
    for (const name of assignedOnEdge(state, t)) mask |= pass.bit.get(name) ?? 0;
    pass.edgeMasks.set(t, mask);
  }
  return mask;
}

function isDistributed(machine: AslMachine): boolean {
  if (machine.owner?.kind !== 'ItemProcessor') return false;
  const mode = getPropertyValue(getPropertyValue(machine.node, 'ProcessorConfig'), 'Mode');
  return mode?.kind === 'string' && mode.value === 'DISTRIBUTED';
}
