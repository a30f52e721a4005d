/*
 * Synthetic preview graphs for warming a layout engine up: elkjs's compiled-from-Java code runs
 * ~10x slower until V8 has optimized it, so the extension lays these out in its layout threads
 * before the user opens a preview. They hold what real machines hold (Task chains with Retry and a
 * shared Catch handler, Choice rules and Default, Map and Parallel states, Wait, Fail, Succeed), in
 * both layout variants (under and from SIMPLE_PLACEMENT_FROM states). A Parallel's second branch
 * holds a Choice, so that compounds elk lays out (not only path-shaped ones, fixedLayouts.ts) are
 * among them. Pure.
 */
import type { PreviewEdge, PreviewGraph, PreviewMachine, PreviewState } from '../protocol';

/** A machine of `topLevel` states cycling Task, Choice, Pass, Wait, Map, Parallel; names prefixed by `prefix`. */
export function warmUpGraph(topLevel: number, prefix: string): PreviewGraph {
  const g = new GraphBuilder(prefix);
  for (let i = 0; i < topLevel; i++) g.addTopLevel(i, i + 1 < topLevel ? g.name(i + 1) : 'Done');
  g.state('root', 'HandleError', 'Fail', true);
  g.state('root', 'Done', 'Succeed', true);
  return g.graph(g.name(0));
}

/**
 * The warm-up schedule: small (balanced placement) and large (SIMPLE placement, pieces) machines,
 * their names tagged by `tag` (no two schedules share a cached layout).
 */
export function warmUpGraphs(rounds: number, tag = ''): PreviewGraph[] {
  const graphs: PreviewGraph[] = [];
  for (let r = 0; r < rounds; r++) graphs.push(warmUpGraph(24, `w${tag}${r}s `), warmUpGraph(120, `w${tag}${r}l `));
  return graphs;
}

class GraphBuilder {
  private readonly machines: PreviewMachine[] = [];
  private readonly states: PreviewState[] = [];
  private readonly edges: PreviewEdge[] = [];

  constructor(private readonly prefix: string) {}

  name(i: number): string {
    return `${this.prefix}${i}`;
  }

  addTopLevel(i: number, next: string): void {
    const name = this.name(i);
    switch (i % 6) {
      case 1:
        this.state('root', name, 'Choice', false);
        this.edge('root', name, next, 'Choice', `$.count > ${i}`);
        this.edge('root', name, 'Done', 'Choice', `$.status == "skip"`);
        return this.edge('root', name, next, 'Default', 'Default');
      case 4:
        this.nested(name, 'Map', ['ItemProcessor'], next);
        return;
      case 5:
        this.nested(name, 'Parallel', ['Branches[0]', 'Branches[1]'], next);
        return;
      default:
        this.state('root', name, i % 6 === 3 ? 'Wait' : 'Task', false, i % 6 === 0);
        if (i % 6 === 0) this.edge('root', name, 'HandleError', 'Catch', 'States.ALL');
        return this.edge('root', name, next, 'Next');
    }
  }

  private nested(name: string, type: string, machines: readonly string[], next: string): void {
    this.state('root', name, type, false);
    this.edge('root', name, next, 'Next');
    machines.forEach((suffix, k) => {
      const machine = `${name}/${suffix}`;
      const [first, second] = [`${name} ${k} a`, `${name} ${k} b`];
      this.machines.push({
        id: machine,
        parentState: `root/${name}`,
        label: `Branch ${k + 1}`,
        startAt: `${machine}/${first}`,
      });
      this.state(machine, first, k === 1 ? 'Choice' : 'Pass', false);
      this.state(machine, second, 'Task', true, true);
      this.edge(machine, first, second, k === 1 ? 'Choice' : 'Next', k === 1 ? '$.ok == true' : undefined);
      if (k === 1) this.state(machine, `${name} ${k} c`, 'Succeed', true);
      if (k === 1) this.edge(machine, first, `${name} ${k} c`, 'Default', 'Default');
    });
  }

  state(machine: string, name: string, type: string, isEnd: boolean, retry = false): void {
    const retries = retry ? { retry: [{ errors: ['States.TaskFailed'], maxAttempts: 3 }] } : {};
    this.states.push({ id: `${machine}/${name}`, name, type, machine, isEnd, reachable: true, ...retries });
  }

  private edge(machine: string, from: string, target: string, kind: PreviewEdge['kind'], label?: string): void {
    const to = `${machine}/${target}`;
    this.edges.push({
      from: `${machine}/${from}`,
      to,
      target,
      machine,
      kind,
      ...(label !== undefined ? { label } : {}),
    });
  }

  graph(startAt: string): PreviewGraph {
    const root: PreviewMachine = { id: 'root', label: 'root', startAt: `root/${startAt}` };
    const ranges = new Array<number>(this.states.length * 8).fill(0);
    const base = { syntaxErrors: 0, queryLanguage: 'JSONPath' as const, ranges };
    return { ...base, machines: [root, ...this.machines], states: this.states, edges: this.edges };
  }
}
