/*
 * A snapshot of every active frame (execution, Parallel branch, Map iteration), with the stages
 * of its current state named like the TestState API's inspectionData, and its visible variables.
 */
import type { Frame, Phase } from './frame';

/** Where a frame is within its current state, for the debugger. */
export type FramePhase =
  'before-enter' | 'entered' | 'running' | 'waiting-for-token' | 'completing' | 'failing' | 'finishing' | 'done';

const PHASE_NAMES: Readonly<Record<Phase, FramePhase>> = {
  enter: 'before-enter',
  prepare: 'entered',
  run: 'running',
  started: 'running',
  waitToken: 'waiting-for-token',
  result: 'completing',
  complete: 'completing',
  childrenDone: 'completing',
  taskFailed: 'failing',
  timedOut: 'failing',
  childrenFailed: 'failing',
  finish: 'finishing',
  failFinish: 'finishing',
  done: 'done',
};
import type { Json } from './value';

export interface FrameSnapshot {
  readonly label: string;
  readonly kind: Frame['kind'];
  readonly index: number;
  readonly state: string;
  readonly type: string;
  readonly queryLanguage: 'JSONPath' | 'JSONata';
  readonly phase: FramePhase;
  readonly retryCount: number;
  readonly taskToken?: string;
  readonly blocked: boolean;
  readonly input: Json;
  readonly afterInputPath?: Json;
  readonly afterParameters?: Json;
  readonly afterArguments?: Json;
  readonly result?: Json;
  readonly afterResultSelector?: Json;
  readonly afterResultPath?: Json;
  readonly output?: Json;
  readonly variables: Record<string, Json>;
  /** The context object (`$$`, `$states.context`) as the state sees it. */
  readonly context: Json;
  readonly children: FrameSnapshot[];
}

/** A state's data-flow stages, named as TestState's inspectionData (JSONPath or JSONata ones). */
export type StateStages = Pick<
  FrameSnapshot,
  | 'input'
  | 'afterInputPath'
  | 'afterParameters'
  | 'afterArguments'
  | 'result'
  | 'afterResultSelector'
  | 'afterResultPath'
  | 'output'
>;

export function stagesOf(frame: Frame): StateStages {
  const jsonata = frame.state.jsonata;
  return {
    input: frame.input,
    afterInputPath: jsonata ? undefined : frame.afterInputPath,
    afterParameters: jsonata ? undefined : frame.afterParameters,
    afterArguments: jsonata ? frame.afterParameters : undefined,
    result: frame.result,
    afterResultSelector: jsonata ? undefined : frame.afterResultSelector,
    afterResultPath: jsonata ? undefined : frame.afterResultPath,
    output: frame.output,
  };
}

export function snapshotFrame(frame: Frame): FrameSnapshot {
  const jsonata = frame.state.jsonata;
  const children: FrameSnapshot[] = [];
  if (frame.waiting)
    for (const child of frame.waiting.frames) if (child.phase !== 'done') children.push(snapshotFrame(child));
  return {
    label: frame.label,
    kind: frame.kind,
    index: frame.index,
    state: frame.state.name,
    type: frame.state.type,
    queryLanguage: jsonata ? 'JSONata' : 'JSONPath',
    phase: PHASE_NAMES[frame.phase],
    retryCount: frame.retryCount,
    taskToken: frame.token,
    blocked: frame.blocked,
    ...stagesOf(frame),
    variables: frame.vars.visible(),
    context: frame.context,
    children,
  };
}

/** All active frames, depth-first (the root first). */
export function flattenSnapshot(root: FrameSnapshot): FrameSnapshot[] {
  const out: FrameSnapshot[] = [];
  const visit = (s: FrameSnapshot): void => {
    out.push(s);
    s.children.forEach(visit);
  };
  visit(root);
  return out;
}
