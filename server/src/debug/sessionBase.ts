/*
 * The Debug Adapter session's lifecycle half: launch (through the launch module), breakpoints,
 * the runner's events turned into DAP stops, console output and `aslExecution` overlay events,
 * the end. session.ts adds inspection and control. Node only; never imports `vscode`.
 */
import { resolve } from 'path';
import {
  Breakpoint,
  Event,
  ExitedEvent,
  InitializedEvent,
  LoggingDebugSession,
  OutputEvent,
  Source,
  StoppedEvent,
  TerminatedEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { EXECUTION_EVENT, type AslLaunchArguments, type ExecutionEventBody } from '../debugProtocol';
import { formatDiagnosticLine, isLaunchFailure, prepareLaunch, type PreparedLaunch } from '../launch';
import { nodeLaunchIo } from '../launch/nodeIo';
import type { ExecutionResult } from '../interpreter/execution';
import { Breakpoints } from './breakpoints';
import { formatEnd } from './console';
import { ExecutionFeed } from './feed';
import { StatePolicy, type ExceptionMode } from './policy';
import { Runner, type Motion, type Stop } from './runner';
import { VariableStore } from './variables';
import { launchPlanOf } from './testLaunch';
import { ExecutionView } from './view';

const OVERLAY_MS = 100;
const ERR_LAUNCH = 1001;

type LaunchArgs = AslLaunchArguments & DebugProtocol.LaunchRequestArguments;

export class AslSessionBase extends LoggingDebugSession {
  protected args: LaunchArgs | undefined;
  protected launch: PreparedLaunch | undefined;
  protected breakpoints: Breakpoints | undefined;
  protected policy: StatePolicy | undefined;
  protected runner: Runner | undefined;
  protected feed: ExecutionFeed | undefined;
  protected view: ExecutionView | undefined;
  protected readonly variables = new VariableStore();
  private lastOverlay = 0;
  private configured = false;
  protected ended = false;
  private exceptionMode: ExceptionMode = 'uncaught';
  /** The definition files a graph preview of the client shows (PREVIEWED_DEFINITIONS_REQUEST), resolved. */
  private previewed: ReadonlySet<string> = new Set();

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsFunctionBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsStepBack: true,
      supportsSetVariable: true,
      supportsRestartRequest: true,
      supportsTerminateRequest: true,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['.', '$'],
      supportsExceptionInfoRequest: true,
      supportsEvaluateForHovers: false,
      exceptionBreakpointFilters: [
        {
          filter: 'all',
          label: 'All errors',
          description: 'Stop at every error a state raises, retried or caught too',
        },
        {
          filter: 'uncaught',
          label: 'Uncaught errors',
          default: true,
          description: 'Stop where an error ends the execution',
        },
      ],
    };
    this.sendResponse(response);
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArgs): void {
    this.args = args;
    if (!this.prepare(response, args)) return;
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  /** Validates and loads everything; on failure answers with the located errors and ends the session. */
  protected prepare(response: DebugProtocol.Response, args: LaunchArgs): boolean {
    const plan = launchPlanOf(args);
    const prepared =
      typeof plan === 'string'
        ? plan
        : prepareLaunch(plan.request, nodeLaunchIo(plan.cwd), {
            advanceWhenIdle: false,
            historyPayloads: true,
            waitForCallbacks: true,
            recordStages: true,
            names: plan.names,
          });
    if (typeof prepared === 'string' || isLaunchFailure(prepared)) {
      const lines =
        typeof prepared === 'string'
          ? []
          : prepared.diagnostics.map((d) => formatDiagnosticLine(prepared.shownPath, d));
      const message = typeof prepared === 'string' ? prepared : prepared.message;
      const text = [...lines, message].join('\n');
      this.sendEvent(new OutputEvent(text + '\n', 'stderr'));
      this.sendErrorResponse(response, {
        id: ERR_LAUNCH,
        format: text.replace(/\{/g, '{{').replace(/\}/g, '}}'),
        showUser: true,
      });
      this.sendEvent(new TerminatedEvent());
      return false;
    }
    this.install(prepared, typeof plan === 'string' ? undefined : plan.timeoutMs);
    return true;
  }

  /** `timeoutMs`: the wall-clock budget of each run between stops (the `timeout` attribute). */
  protected install(prepared: PreparedLaunch, timeoutMs?: number): void {
    this.launch = prepared;
    const breakpoints = (this.breakpoints ??= new Breakpoints(prepared.doc));
    this.feed = new ExecutionFeed(prepared.definitionPath);
    this.view = this.makeView(prepared, breakpoints, this.feed);
    this.policy = new StatePolicy(breakpoints, (text) => this.print(text, 'console'), this.exceptionMode);
    this.ended = false;
    this.runner = new Runner(
      () => prepared.start(),
      this.policy,
      {
        stopped: (stop) => this.onStopped(stop),
        ended: (result) => this.onEnded(result),
        progress: () => this.flush(false),
        rewound: () => this.onRewound(),
      },
      {},
      timeoutMs,
    );
  }

  /** Threads and stacks of the launched definition; Map frames read their counts from the overlay. */
  private makeView(prepared: PreparedLaunch, breakpoints: Breakpoints, feed: ExecutionFeed): ExecutionView {
    return new ExecutionView(
      (name) => {
        const state = prepared.doc.allStates.find((s) => s.name === name);
        return state === undefined ? undefined : breakpoints.lineOf(state);
      },
      (name) => feed.mapCounts(name),
    );
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    if (this.configured) return;
    this.configured = true;
    this.begin();
  }

  protected begin(): void {
    const motion: Motion =
      this.args?.stopOnEntry === true && this.args.noDebug !== true ? { kind: 'entry' } : { kind: 'continue' };
    this.drive(motion);
  }

  /** Runs the runner; an internal failure is reported and ends the session (never dropped). */
  protected drive(
    motion: Motion,
    run: (r: Runner) => Promise<void> = (r) => r.resume(motion, this.args?.noDebug === true),
  ): void {
    const runner = this.runner;
    if (runner === undefined) return;
    this.feed?.resumed();
    run(runner).then(
      () => undefined,
      (error: unknown) => this.internalError(error),
    );
  }

  protected internalError(error: unknown): void {
    this.print(
      `asl debug adapter: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      'stderr',
    );
    this.finish(1);
  }

  // ---- runner events ----

  private onRewound(): void {
    const runner = this.runner as Runner;
    this.feed?.rewound(runner.exec.log, runner.eventCount);
    this.print(`(back at event ${runner.eventCount})\n`, 'console');
  }

  private onStopped(stop: Stop): void {
    this.flush(true);
    this.view?.refresh(this.runner?.exec.snapshot());
    this.variables.reset();
    const threadId = this.view?.threadId(stop.frame) ?? 1;
    const event = new StoppedEvent(stop.reason, threadId, stop.error?.error) as DebugProtocol.StoppedEvent;
    event.body.description = stop.description;
    event.body.allThreadsStopped = true;
    if (stop.breakpointIds !== undefined) event.body.hitBreakpointIds = [...stop.breakpointIds];
    if (stop.error !== undefined) event.body.text = `${stop.error.error}: ${stop.error.cause}`;
    this.sendEvent(event);
  }

  private onEnded(result: ExecutionResult): void {
    this.flush(true);
    this.print(formatEnd(result), result.status === 'SUCCEEDED' ? 'stdout' : 'stderr');
    this.finish(result.status === 'SUCCEEDED' ? 0 : 1);
  }

  protected finish(exitCode: number): void {
    if (this.ended) return;
    this.ended = true;
    this.sendEvent(new ExitedEvent(exitCode));
    this.sendEvent(new TerminatedEvent());
  }

  /** Console lines and the overlay: always when `now`, else at most every 100 ms. */
  protected flush(now: boolean): void {
    if (this.runner !== undefined) this.feed?.sync(this.runner.exec.log, this.runner.eventCount);
    const text = this.feed?.takeConsole(now) ?? '';
    if (text !== '') this.print(text, 'console');
    const time = Date.now();
    if (!now && time - this.lastOverlay < OVERLAY_MS) return;
    this.lastOverlay = time;
    this.sendOverlay();
  }

  /**
   * Only while a graph preview shows the definition: nothing else reads overlays, and a preview
   * opened later gets one at once (setPreviewed). Without one, the overlay is never built.
   */
  private sendOverlay(): void {
    if (this.feed === undefined || !this.isPreviewed()) return;
    const body: ExecutionEventBody = { overlay: this.feed.overlay(true) };
    this.sendEvent(new Event(EXECUTION_EVENT, body));
  }

  /** Whether a graph preview shows the launched definition (overlays, with inputs and outputs, are sent). */
  private isPreviewed(): boolean {
    return this.launch !== undefined && this.previewed.has(this.launch.definitionPath);
  }

  /** The client's graph previews changed: a preview that now shows a started execution gets its overlay at once. */
  protected setPreviewed(paths: readonly string[]): void {
    const was = this.isPreviewed();
    this.previewed = new Set(paths.map((p) => resolve(p)));
    if (this.isPreviewed() && !was && !this.ended && (this.runner?.eventCount ?? 0) > 0) this.flush(true);
  }

  protected print(text: string, category: 'console' | 'stdout' | 'stderr'): void {
    this.sendEvent(new OutputEvent(text, category));
  }

  // ---- breakpoints ----

  protected override setBreakPointsRequest(
    response: DebugProtocol.SetBreakpointsResponse,
    args: DebugProtocol.SetBreakpointsArguments,
  ): void {
    const path = args.source.path;
    const ours = this.launch !== undefined && path !== undefined && resolve(path) === this.launch.definitionPath;
    const specs = args.breakpoints ?? [];
    if (!ours || this.breakpoints === undefined) {
      response.body = {
        breakpoints: specs.map((s) => ({
          verified: false,
          line: s.line,
          message: 'Not the state machine being debugged',
        })),
      };
      return this.sendResponse(response);
    }
    const bound = this.breakpoints.setLines(specs);
    response.body = { breakpoints: bound.map((b) => this.toBreakpoint(b.verified, b.line, b.id, b.message)) };
    this.sendResponse(response);
  }

  protected override setFunctionBreakPointsRequest(
    response: DebugProtocol.SetFunctionBreakpointsResponse,
    args: DebugProtocol.SetFunctionBreakpointsArguments,
  ): void {
    const bound = this.breakpoints?.setFunctions(args.breakpoints) ?? [];
    response.body = { breakpoints: bound.map((b) => this.toBreakpoint(b.verified, b.line, b.id, b.message)) };
    this.sendResponse(response);
  }

  private toBreakpoint(
    verified: boolean,
    line: number | undefined,
    id: number,
    message: string | undefined,
  ): DebugProtocol.Breakpoint {
    const bp = new Breakpoint(verified, line) as DebugProtocol.Breakpoint;
    bp.id = id;
    if (message !== undefined) bp.message = message;
    if (verified && this.launch !== undefined) bp.source = this.source();
    return bp;
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
    args: DebugProtocol.SetExceptionBreakpointsArguments,
  ): void {
    this.exceptionMode = exceptionModeOf(args.filters);
    this.policy?.setExceptions(this.exceptionMode);
    this.sendResponse(response);
  }

  protected source(): Source {
    const path = this.launch?.definitionPath ?? '';
    return new Source(path.split(/[\\/]/).pop() ?? path, path);
  }
}

function exceptionModeOf(filters: readonly string[]): ExceptionMode {
  if (filters.includes('all')) return 'all';
  return filters.includes('uncaught') ? 'uncaught' : 'none';
}
