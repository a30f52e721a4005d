/*
 * A snapshot of every active frame (execution, Parallel branch, Map iteration), with the stages
 * of its current state named like the TestState API's inspectionData, and its visible variables.
 */
import type { Frame } from './frame';
import {
  PHASE_CHILDREN_DONE,
  PHASE_CHILDREN_FAILED,
  PHASE_COMPLETE,
  PHASE_DONE,
  PHASE_ENTER,
  PHASE_FAIL_FINISH,
  PHASE_FINISH,
  PHASE_PREPARE,
  PHASE_RESULT,
  PHASE_RUN,
  PHASE_STARTED,
  PHASE_TASK_FAILED,
  PHASE_TIMED_OUT,
  PHASE_WAIT_TOKEN,
} from './frame';

/** Where a frame is within its current state, for the debugger. */
export type FramePhase =
  'before-enter' | 'entered' | 'running' | 'waiting-for-token' | 'completing' | 'failing' | 'finishing' | 'done';

const PHASE_NAMES: Record<number, FramePhase> = {
  [PHASE_ENTER]: 'before-enter',
  [PHASE_PREPARE]: 'entered',
  [PHASE_RUN]: 'running',
  [PHASE_STARTED]: 'running',
  [PHASE_WAIT_TOKEN]: 'waiting-for-token',
  [PHASE_RESULT]: 'completing',
  [PHASE_COMPLETE]: 'completing',
  [PHASE_CHILDREN_DONE]: 'completing',
  [PHASE_TASK_FAILED]: 'failing',
  [PHASE_TIMED_OUT]: 'failing',
  [PHASE_CHILDREN_FAILED]: 'failing',
  [PHASE_FINISH]: 'finishing',
  [PHASE_FAIL_FINISH]: 'finishing',
  [PHASE_DONE]: 'done',
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

export function snapshotFrame(frame: Frame): FrameSnapshot {
  const jsonata = frame.state.jsonata;
  const children: FrameSnapshot[] = [];
  if (frame.waiting)
    for (const child of frame.waiting.frames) if (child.phase !== PHASE_DONE) children.push(snapshotFrame(child));
  return {
    label: frame.label,
    kind: frame.kind,
    index: frame.index,
    state: frame.state.name,
    type: frame.state.type,
    queryLanguage: jsonata ? 'JSONata' : 'JSONPath',
    phase: PHASE_NAMES[frame.phase] ?? 'running',
    retryCount: frame.retryCount,
    taskToken: frame.token,
    blocked: frame.blocked,
    input: frame.input,
    afterInputPath: jsonata ? undefined : frame.afterInputPath,
    afterParameters: jsonata ? undefined : frame.afterParameters,
    afterArguments: jsonata ? frame.afterParameters : undefined,
    result: frame.result,
    afterResultSelector: jsonata ? undefined : frame.afterResultSelector,
    afterResultPath: jsonata ? undefined : frame.afterResultPath,
    output: frame.output,
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
