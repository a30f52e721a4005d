/*
 * Breakpoints of the step debugger: a line anywhere inside a state binds to that state (verified at
 * the state's name line, found with the model's locate), function breakpoints name states;
 * conditions, hit counts and logpoints are checked when a state is entered. Knows nothing of DAP.
 */
import { locate, type AslDocument, type AslState } from '../asl';
import { LineIndex } from '../asl/lines';

export interface BreakpointSpec {
  readonly line?: number;
  readonly name?: string;
  readonly condition?: string;
  readonly hitCondition?: string;
  readonly logMessage?: string;
}

export interface BoundBreakpoint {
  readonly id: number;
  readonly verified: boolean;
  /** 1-based line of the state's name (verified), or the line asked for. */
  readonly line?: number;
  readonly message?: string;
  readonly state?: string;
}

export interface ActiveBreakpoint {
  readonly id: number;
  readonly state: string;
  readonly kind: 'line' | 'function';
  readonly condition?: string;
  readonly logMessage?: string;
  readonly hitTest?: (hits: number) => boolean;
  hits: number;
}

let nextId = 1;

export class Breakpoints {
  private lines: ActiveBreakpoint[] = [];
  private functions: ActiveBreakpoint[] = [];
  private readonly byState = new Map<string, ActiveBreakpoint[]>();
  private readonly lineIndex: LineIndex;
  /** Changes whenever the breakpoints change (a running session rebuilds what it watches for). */
  revision = 0;

  constructor(private readonly doc: AslDocument) {
    this.lineIndex = new LineIndex(doc.text);
  }

  setLines(specs: readonly BreakpointSpec[]): BoundBreakpoint[] {
    const bound = specs.map((s) => this.bindLine(s));
    this.lines = bound.flatMap((b) => b.active);
    this.reindex();
    return bound.map((b) => b.result);
  }

  setFunctions(specs: readonly BreakpointSpec[]): BoundBreakpoint[] {
    const bound = specs.map((s) => this.bindName(s));
    this.functions = bound.flatMap((b) => b.active);
    this.reindex();
    return bound.map((b) => b.result);
  }

  /** Breakpoints on a state, line ones first. */
  on(state: string): readonly ActiveBreakpoint[] {
    return this.byState.get(state) ?? [];
  }

  has(state: string): boolean {
    return this.byState.has(state);
  }

  /** The states with any breakpoint (logpoints and conditional ones too). */
  states(): ReadonlySet<string> {
    return new Set(this.byState.keys());
  }

  /** The 1-based line of a state's name. */
  lineOf(state: AslState): number {
    return this.lineIndex.positionAt(state.nameSpan.start).line + 1;
  }

  private reindex(): void {
    this.revision++;
    this.byState.clear();
    for (const bp of [...this.lines, ...this.functions]) {
      const list = this.byState.get(bp.state) ?? [];
      list.push(bp);
      this.byState.set(bp.state, list);
    }
  }

  private bindLine(spec: BreakpointSpec): { result: BoundBreakpoint; active: ActiveBreakpoint[] } {
    const id = nextId++;
    const state = this.stateAtLine(spec.line ?? 0);
    if (state === undefined)
      return {
        result: { id, verified: false, line: spec.line, message: 'Not inside a state: breakpoints bind to states' },
        active: [],
      };
    return this.activate(id, spec, state, 'line', this.lineOf(state));
  }

  private bindName(spec: BreakpointSpec): { result: BoundBreakpoint; active: ActiveBreakpoint[] } {
    const id = nextId++;
    const name = (spec.name ?? '').trim();
    const state = this.doc.allStates.find((s) => s.name === name);
    if (state === undefined)
      return { result: { id, verified: false, message: `No state named "${name}"` }, active: [] };
    return this.activate(id, spec, state, 'function', this.lineOf(state));
  }

  private activate(
    id: number,
    spec: BreakpointSpec,
    state: AslState,
    kind: ActiveBreakpoint['kind'],
    line: number,
  ): { result: BoundBreakpoint; active: ActiveBreakpoint[] } {
    const hitTest = spec.hitCondition?.trim() ? parseHitCondition(spec.hitCondition) : undefined;
    if (typeof hitTest === 'string') return { result: { id, verified: false, line, message: hitTest }, active: [] };
    const active: ActiveBreakpoint = {
      id,
      state: state.name,
      kind,
      condition: spec.condition?.trim() || undefined,
      logMessage: spec.logMessage,
      hitTest,
      hits: 0,
    };
    return { result: { id, verified: true, line, state: state.name }, active: [active] };
  }

  /** The innermost state whose text covers the line's first non-blank character. */
  private stateAtLine(line: number): AslState | undefined {
    if (!Number.isInteger(line) || line < 1 || line > this.lineIndex.lineCount) return undefined;
    const start = this.lineIndex.offsetAt({ line: line - 1, character: 0 });
    const text = this.doc.text;
    let offset = start;
    while (offset < text.length && (text[offset] === ' ' || text[offset] === '\t')) offset++;
    return locate(this.doc, offset).state;
  }
}

/** `5` or `>= 5` (from the 5th hit on), `== 5`, `> 5`, `< 5`, `<= 5`, `% 5` (every 5th); else an error message. */
export function parseHitCondition(text: string): ((hits: number) => boolean) | string {
  const m = /^\s*(==|>=|<=|>|<|%)?\s*(\d+)\s*$/.exec(text);
  if (!m) return `Invalid hit count "${text}": use N, == N, > N, >= N, < N, <= N or % N`;
  const n = Number(m[2]);
  switch (m[1] ?? '>=') {
    case '==':
      return (h) => h === n;
    case '>':
      return (h) => h > n;
    case '<':
      return (h) => h < n;
    case '<=':
      return (h) => h <= n;
    case '%':
      return n === 0 ? `Invalid hit count "${text}": % needs a number above 0` : (h) => h % n === 0;
    default:
      return (h) => h >= n;
  }
}
