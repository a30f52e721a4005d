/*
 * Messages about executions, declared once and shared by the three runtimes: the debug adapter
 * (server/src/debug, sends them as DAP custom events and answers the custom requests), the
 * extension (client/, launch configurations, Run command, forwarding to the graph preview) and the
 * webview (media/, the execution overlay). Types and string constants only: it imports nothing.
 */

/**
 * Launch attributes of the `asl` debug type. Must match `contributes.debuggers[0].configurationAttributes.launch`
 * in package.json (a test compares them). Relative paths resolve against `cwd` (default: the folder of `definition`).
 */
export interface AslLaunchArguments {
  /** The state machine definition (`*.asl.json`, `*.asl.yaml`). */
  readonly definition: string;
  /** Execution input: a JSON file. */
  readonly input?: string;
  /** Execution input given inline (any JSON value); wins over `input`. */
  readonly inputJson?: unknown;
  /** A Step Functions Local MockConfigFile. */
  readonly mocks?: string;
  /** The test case in the mock file. */
  readonly testCase?: string;
  /** The machine's name in the mock file (default: the definition's file name without `.asl.json`). */
  readonly stateMachineName?: string;
  /** A module exporting local task handlers (runs workspace code: trusted workspaces only). */
  readonly handlers?: string;
  /** Distributed Map ItemReader folder (`s3://Bucket/Key` is read from `<itemsDir>/Bucket/Key`). */
  readonly itemsDir?: string;
  /** Distributed Map ResultWriter folder. */
  readonly resultDir?: string;
  /** Stop before the first state runs. */
  readonly stopOnEntry?: boolean;
  /** Real waits instead of the simulated clock. */
  readonly realTime?: boolean;
  /** The transition budget (default 10,000,000). */
  readonly maxTransitions?: number;
  /** Seconds of wall-clock time each run between stops may take (then TIMED_OUT, States.Timeout). */
  readonly timeout?: number;
  /** The history quota (default 25,000 as in AWS). */
  readonly maxHistoryEvents?: number;
  /** Seconds one JSONata expression may take. */
  readonly expressionTimeout?: number;
  /** Evaluation depth of one JSONata expression. */
  readonly expressionMaxDepth?: number;
  /** Seed of UUIDs, task tokens, jitter and random functions. */
  readonly seed?: number;
  /**
   * A SAM / CloudFormation template whose literal DefinitionSubstitutions fill `${Name}` placeholders;
   * without it, the nearest template whose DefinitionUri is the definition.
   */
  readonly template?: string;
  /** Working folder for relative paths. */
  readonly cwd?: string;
  /** DAP's standard flag: run without stopping (Run State Machine). */
  readonly noDebug?: boolean;
  /**
   * "Debug Test": run a case of an `asl test` file (its definition, input and mocks; relative `file`
   * resolves against `cwd`). The case's settings replace `definition`, `input*`, `mocks` and the rest.
   */
  readonly test?: { readonly file: string; readonly case: string };
}

/** The debug type contributed in package.json. */
export const ASL_DEBUG_TYPE = 'asl';

/** Execution status, as DescribeExecution reports it. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** How a state fared in an execution so far (its last visit wins; `active` while a frame is in it). */
export type StateRunStatus = 'active' | 'succeeded' | 'failed' | 'caught';

/** Per-state facts of an execution. States are keyed by name: AWS rejects duplicate names across nested machines. */
export interface StateRunInfo {
  readonly name: string;
  readonly status: StateRunStatus;
  /** Times the state was entered (loops, Parallel branches and Map iterations count each entry). */
  readonly entered: number;
  /** Retries made by this state's Retry rules. */
  readonly retries: number;
  /** For Map states: iterations by outcome. */
  readonly mapIterations?: {
    readonly total: number;
    readonly succeeded: number;
    readonly failed: number;
    readonly active: number;
  };
  /** Error name of the last failure (failed or caught). */
  readonly error?: string;
  /** The last visit's input and output as JSON text, cut at 10,000 characters (shown on click). */
  readonly input?: string;
  readonly output?: string;
}

/** Everything the graph preview draws about one execution. */
export interface ExecutionOverlay {
  /** Absolute path of the definition file the execution runs. */
  readonly definitionPath: string;
  /**
   * `debug`: a live debug session (cleared when it ends); `run`: a finished Run State Machine
   * (kept until the next edit).
   */
  readonly source: 'debug' | 'run';
  readonly status: ExecutionStatus;
  readonly states: readonly StateRunInfo[];
  /** States in which a frame is now (stopped at or running). */
  readonly current: readonly string[];
  /** Names of the top-level states in the order they were entered. */
  readonly path: readonly string[];
}

/**
 * DAP custom event (adapter → client) carrying an `ExecutionOverlay`: sent at every stop, at the
 * end, and at most every 100 ms while running.
 */
export const EXECUTION_EVENT = 'aslExecution';
export interface ExecutionEventBody {
  readonly overlay: ExecutionOverlay;
}

/**
 * DAP custom request (client → adapter): the definition files a graph preview shows now (sent when
 * a session starts and whenever that changes). A session's overlays carry each state's last input and
 * output (`StateRunInfo.input` / `output`) only while its definition is among them: those JSON texts
 * cost more than a short run. A change re-sends the overlay of a started session at once.
 */
export const PREVIEWED_DEFINITIONS_REQUEST = 'aslPreviewedDefinitions';
export interface PreviewedDefinitionsArguments {
  /** Absolute paths. */
  readonly paths: readonly string[];
}

/** DAP custom requests (client → adapter) for `.waitForTaskToken` tasks. */
export const PENDING_TOKENS_REQUEST = 'aslPendingTaskTokens';
export interface PendingTokensResponse {
  readonly tokens: readonly { readonly token: string; readonly stateName: string }[];
}
export const SEND_TASK_SUCCESS_REQUEST = 'aslSendTaskSuccess';
export interface SendTaskSuccessArguments {
  readonly token: string;
  /** The task output (any JSON value). */
  readonly output: unknown;
}
export const SEND_TASK_FAILURE_REQUEST = 'aslSendTaskFailure';
export interface SendTaskFailureArguments {
  readonly token: string;
  readonly error?: string;
  readonly cause?: string;
}
export const SEND_TASK_HEARTBEAT_REQUEST = 'aslSendTaskHeartbeat';
export interface SendTaskHeartbeatArguments {
  readonly token: string;
}
