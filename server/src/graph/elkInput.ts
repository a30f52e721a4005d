/*
 * PreviewGraph → elkjs input: one ELK node per state, Parallel / Map states as compound nodes
 * holding one box per branch or processor, start and end markers per machine, labelled edges,
 * placeholders for missing targets and references to shared Catch handlers. Also returns what
 * each ELK id stands for. Pure, no elkjs import.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { PreviewEdge, PreviewGraph, PreviewMachine, PreviewState } from '../protocol';
import type { PlacedEdgeKind, PlacedNodeKind } from './model';
import { FONT, MAX_LABEL_CHARS, MAX_NAME_CHARS, handlerRefText, shorten, textWidth } from './text';

export interface ElkInput {
  readonly root: ElkNode;
  readonly nodes: ReadonlyMap<string, NodeMeta>;
  readonly edges: ReadonlyMap<string, { readonly kind: PlacedEdgeKind; readonly label?: string }>;
}

/** What an ELK node stands for; `errors`: a handler reference's Catch errors. */
export interface NodeMeta {
  readonly kind: PlacedNodeKind;
  readonly ref: string;
  readonly errors?: string;
}

export const STATE_HEIGHT = 48;
export const MARKER_SIZE = 20;
const STATE_MIN_WIDTH = 140;
const STATE_MAX_WIDTH = 280;
/** Header room above the children of a compound state (name, type) and of a branch box (label). */
export const COMPOUND_HEADER = 44;
export const MACHINE_HEADER = 24;
export const HANDLER_REF_HEIGHT = 26;
/**
 * A state that the Catch edges of this many states or more lead to is a shared error handler: each
 * of those edges ends at a small reference to it next to the catching state instead of running
 * across the whole drawing (a layered layout gives such a long edge one bend point per layer it
 * crosses: with a handler shared by every Task the layout grew with the square of the size).
 */
export const SHARED_HANDLER_MIN_CATCHERS = 3;

export const elkId = {
  state: (id: string) => 'S:' + id,
  machine: (id: string) => 'M:' + id,
  start: (machine: string) => 'B:' + machine,
  end: (machine: string) => 'E:' + machine,
  missing: (machine: string, target: string) => 'X:' + machine + '\u0000' + target,
  handlerRef: (edge: number) => 'R:' + edge,
};

/** Width of a state's box: its shortened name (or type line) plus room for the icon and badges. */
export function stateWidth(state: PreviewState): number {
  const name = textWidth(shorten(state.name, MAX_NAME_CHARS), FONT.name);
  const detail = textWidth(state.type ?? 'Unknown type', FONT.detail) + (state.retry !== undefined ? 40 : 0);
  return Math.min(STATE_MAX_WIDTH, Math.max(STATE_MIN_WIDTH, Math.max(name, detail) + 56));
}

export function buildElkInput(graph: PreviewGraph): ElkInput {
  const builder = new InputBuilder(graph);
  return { root: builder.buildRoot(), nodes: builder.nodes, edges: builder.edges };
}

class InputBuilder {
  readonly nodes = new Map<string, NodeMeta>();
  readonly edges = new Map<string, { kind: PlacedEdgeKind; label?: string }>();
  private readonly statesByMachine = new Map<string, PreviewState[]>();
  private readonly edgesByMachine = new Map<string, PreviewEdge[]>();
  private readonly machinesByParent = new Map<string, PreviewMachine[]>();
  private readonly seenStates = new Set<string>();
  /** States that the Catch edges of SHARED_HANDLER_MIN_CATCHERS states or more lead to. */
  private readonly sharedHandlers: ReadonlySet<string>;

  constructor(graph: PreviewGraph) {
    for (const s of graph.states) {
      if (this.seenStates.has(s.id)) continue; // a duplicated name: the validator reports it, the first one is drawn
      this.seenStates.add(s.id);
      push(this.statesByMachine, s.machine, s);
    }
    for (const e of graph.edges) push(this.edgesByMachine, e.machine, e);
    for (const m of graph.machines) if (m.parentState !== undefined) push(this.machinesByParent, m.parentState, m);
    this.rootMachine = graph.machines.find((m) => m.parentState === undefined);
    this.sharedHandlers = sharedHandlers(graph.edges);
  }

  private readonly rootMachine: PreviewMachine | undefined;

  buildRoot(): ElkNode {
    const root: ElkNode = { id: 'root', children: [], edges: [] };
    if (this.rootMachine !== undefined) this.fillMachine(root, this.rootMachine);
    return root;
  }

  /** Adds the markers, states and edges of `machine` to `container`. */
  private fillMachine(container: ElkNode, machine: PreviewMachine): void {
    const children = (container.children ??= []);
    const edges = (container.edges ??= []);
    const states = this.statesByMachine.get(machine.id) ?? [];
    children.push(this.marker('start', machine.id));
    if (machine.startAt !== undefined && this.seenStates.has(machine.startAt))
      edges.push(this.edge('Start', elkId.start(machine.id), elkId.state(machine.startAt)));
    for (const state of states) children.push(this.stateNode(state));
    this.addTransitions(machine, children, edges);
    const ends = states.filter((s) => s.isEnd);
    if (ends.length > 0) children.push(this.marker('end', machine.id));
    for (const s of ends) edges.push(this.edge('End', elkId.state(s.id), elkId.end(machine.id)));
  }

  private addTransitions(machine: PreviewMachine, children: ElkNode[], edges: ElkExtendedEdge[]): void {
    const refs = new Map<string, ElkNode[]>();
    for (const e of this.edgesByMachine.get(machine.id) ?? []) {
      if (!this.seenStates.has(e.from)) continue;
      const from = elkId.state(e.from);
      if (e.kind === 'Catch' && e.to !== undefined && this.sharedHandlers.has(e.to)) {
        const ref = this.handlerRef(e.to, e.target, e.label);
        push(refs, from, ref);
        edges.push(this.edge(e.kind, from, ref.id));
      } else edges.push(this.edge(e.kind, from, this.targetOf(e, machine, children), e.label));
    }
    if (refs.size > 0) children.splice(0, children.length, ...children.flatMap((c) => [c, ...(refs.get(c.id) ?? [])]));
  }

  private targetOf(e: PreviewEdge, machine: PreviewMachine, children: ElkNode[]): string {
    if (e.to === undefined || !this.seenStates.has(e.to)) return this.missing(machine.id, e.target, children);
    return elkId.state(e.to);
  }

  /**
   * A reference to the shared Catch handler `handler`, for the edge about to be added; it sits next to
   * the catching state in the model order, and the errors go on the reference, not on the edge.
   */
  private handlerRef(handler: string, name: string, errors: string | undefined): ElkNode {
    const id = elkId.handlerRef(this.edges.size);
    this.nodes.set(id, { kind: 'handlerRef', ref: handler, ...(errors !== undefined ? { errors } : {}) });
    const width = Math.min(STATE_MAX_WIDTH, textWidth(handlerRefText(name), FONT.detail) + 20);
    return { id, width, height: HANDLER_REF_HEIGHT };
  }

  private stateNode(state: PreviewState): ElkNode {
    const id = elkId.state(state.id);
    this.nodes.set(id, { kind: 'state', ref: state.id });
    const machines = this.machinesByParent.get(state.id);
    if (machines === undefined) return { id, width: stateWidth(state), height: STATE_HEIGHT };
    const children = machines.map((m) => this.machineNode(m));
    return {
      id,
      children,
      layoutOptions: {
        'elk.padding': `[top=${COMPOUND_HEADER},left=12,bottom=12,right=12]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${stateWidth(state)},${STATE_HEIGHT + 24})`,
        /* branches side by side in source order, not packed as separate components */
        'elk.separateConnectedComponents': 'false',
      },
    };
  }

  private machineNode(machine: PreviewMachine): ElkNode {
    const id = elkId.machine(machine.id);
    this.nodes.set(id, { kind: 'machine', ref: machine.id });
    const node: ElkNode = {
      id,
      layoutOptions: {
        'elk.padding': `[top=${MACHINE_HEADER},left=12,bottom=12,right=12]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${textWidth(machine.label, FONT.header) + 24},40)`,
      },
    };
    this.fillMachine(node, machine);
    return node;
  }

  private marker(kind: 'start' | 'end', machine: string): ElkNode {
    const id = kind === 'start' ? elkId.start(machine) : elkId.end(machine);
    this.nodes.set(id, { kind, ref: machine });
    return { id, width: MARKER_SIZE, height: MARKER_SIZE };
  }

  private missing(machine: string, target: string, children: ElkNode[]): string {
    const id = elkId.missing(machine, target);
    if (!this.nodes.has(id)) {
      this.nodes.set(id, { kind: 'missing', ref: target });
      const width = Math.max(STATE_MIN_WIDTH, textWidth(shorten(target, MAX_NAME_CHARS), FONT.name) + 32);
      children.push({ id, width: Math.min(width, STATE_MAX_WIDTH), height: STATE_HEIGHT });
    }
    return id;
  }

  private edge(kind: PlacedEdgeKind, source: string, target: string, label?: string): ElkExtendedEdge {
    const id = 'e' + this.edges.size;
    this.edges.set(id, label !== undefined ? { kind, label } : { kind });
    const edge: ElkExtendedEdge = { id, sources: [source], targets: [target] };
    if (label === undefined) return edge;
    const text = shorten(label, MAX_LABEL_CHARS);
    edge.labels = [{ text, width: textWidth(text, FONT.label) + 10, height: FONT.label + 6 }];
    return edge;
  }
}

function sharedHandlers(edges: readonly PreviewEdge[]): ReadonlySet<string> {
  const catchers = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.kind !== 'Catch' || e.to === undefined) continue;
    const from = catchers.get(e.to) ?? new Set<string>();
    catchers.set(e.to, from.add(e.from));
  }
  return new Set([...catchers].filter(([, from]) => from.size >= SHARED_HANDLER_MIN_CATCHERS).map(([to]) => to));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
