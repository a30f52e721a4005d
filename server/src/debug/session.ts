/*
 * The Debug Adapter session: DAP requests for threads, stacks, scopes, variables, evaluation,
 * stepping (forward and back), restart, terminate and the task-token custom requests, each
 * translated to the Runner and the views. Lifecycle lives in sessionBase.ts. Never imports `vscode`.
 */
import { Scope, StackFrame, Thread, CompletionItem } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import {
  PENDING_TOKENS_REQUEST,
  PREVIEWED_DEFINITIONS_REQUEST,
  SEND_TASK_FAILURE_REQUEST,
  SEND_TASK_HEARTBEAT_REQUEST,
  SEND_TASK_SUCCESS_REQUEST,
  type PendingTokensResponse,
  type PreviewedDefinitionsArguments,
  type SendTaskFailureArguments,
  type SendTaskHeartbeatArguments,
  type SendTaskSuccessArguments,
} from '../debugProtocol';
import type { TokenResponse } from '../interpreter/execution';
import type { FrameSnapshot } from '../interpreter/snapshot';
import type { Json } from '../interpreter/value';
import { completionsFor, evaluateExpression, type EvalTarget } from './evaluate';
import { targetFromSnapshot } from './policy';
import { previousState } from './previous';
import type { Motion, Runner } from './runner';
import { AslSessionBase } from './sessionBase';
import { preview, setAt, typeOf } from './variables';

const ERR_REQUEST = 1002;

type CustomCommand =
  | typeof PREVIEWED_DEFINITIONS_REQUEST
  | typeof PENDING_TOKENS_REQUEST
  | typeof SEND_TASK_SUCCESS_REQUEST
  | typeof SEND_TASK_FAILURE_REQUEST
  | typeof SEND_TASK_HEARTBEAT_REQUEST;

export class AslDebugSession extends AslSessionBase {
  // ---- threads, stacks, scopes, variables ----

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = {
      threads: (this.view?.threads() ?? [{ id: 1, name: 'Execution' }]).map((t) => new Thread(t.id, t.name)),
    };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(
    response: DebugProtocol.StackTraceResponse,
    args: DebugProtocol.StackTraceArguments,
  ): void {
    const entries = this.view?.stack(args.threadId) ?? [];
    const frames = entries.map(
      (e) => new StackFrame(e.id, e.name, e.line === undefined ? undefined : this.source(), e.line, 1),
    );
    const start = args.startFrame ?? 0;
    const count = args.levels === undefined || args.levels === 0 ? frames.length : args.levels;
    response.body = { stackFrames: frames.slice(start, start + count), totalFrames: frames.length };
    this.sendResponse(response);
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    const s = this.view?.frame(args.frameId);
    if (s === undefined) return this.fail(response, 'That stack frame is no longer available');
    const scopes: DebugProtocol.Scope[] = [
      new Scope(`State "${s.state}"`, this.variables.stateScope(s, s.phase === 'entered'), false),
      new Scope('Variables', this.variables.add({ value: s.variables, frameLabel: s.label }), false),
      new Scope('Context', this.variables.add({ value: s.context, frameLabel: s.label }), true),
    ];
    const error = this.stoppedError(s);
    if (error !== undefined)
      scopes.push(new Scope('Error', this.variables.add({ value: error, frameLabel: s.label }), false));
    const previous = this.previousOf(s);
    if (previous !== undefined) scopes.push(previous);
    response.body = { scopes };
    this.sendResponse(response);
  }

  /** The state this frame left last, from the recorded history (its stages are gone from the frame). */
  private previousOf(s: FrameSnapshot): DebugProtocol.Scope | undefined {
    const runner = this.runner;
    if (runner === undefined) return undefined;
    const previous = previousState(runner.exec, s.label, (runner.stop?.at ?? runner.eventCount - 1) + 1);
    if (previous === undefined) return undefined;
    return new Scope(
      `Previous "${previous.name}"`,
      this.variables.add({ value: previous.stages, frameLabel: s.label }),
      true,
    );
  }

  /** `{Error, Cause}` when stopped on an error in this frame. */
  private stoppedError(s: FrameSnapshot): Json | undefined {
    const stop = this.runner?.stop;
    if (stop?.error === undefined || stop.frame !== s.label) return undefined;
    return { Error: stop.error.error, Cause: stop.error.cause };
  }

  protected override variablesRequest(
    response: DebugProtocol.VariablesResponse,
    args: DebugProtocol.VariablesArguments,
  ): void {
    response.body = { variables: this.variables.children(args.variablesReference, args.start ?? 0, args.count) };
    this.sendResponse(response);
  }

  protected override setVariableRequest(
    response: DebugProtocol.SetVariableResponse,
    args: DebugProtocol.SetVariableArguments,
  ): void {
    const runner = this.runner;
    const container = this.variables.get(args.variablesReference);
    const path = this.variables.inputPathOf(args.variablesReference, args.name);
    if (runner === undefined || container === undefined || path === undefined || runner.isRunning)
      return this.fail(
        response,
        'Only the input of a state that has not run yet can be edited (stop at the state first)',
      );
    let value: Json;
    try {
      value = JSON.parse(args.value) as Json;
    } catch {
      return this.fail(response, `Not a JSON value: ${args.value} (write strings in double quotes)`);
    }
    const label = container.frameLabel;
    const s = this.currentFrame(label);
    if (s === undefined) return this.fail(response, 'That state is no longer active');
    const input = setAt(s.input, path, value);
    let replaced = false;
    runner.act((execution) => {
      replaced = execution.replaceStateInput(label, input);
    });
    if (!replaced) return this.fail(response, 'The state has already started; its input can no longer change');
    this.view?.refresh(runner.exec.snapshot());
    response.body = { value: preview(value), type: typeOf(value), variablesReference: 0 };
    this.sendResponse(response);
  }

  private currentFrame(label: string): FrameSnapshot | undefined {
    const root = this.runner?.exec.snapshot();
    const find = (s: FrameSnapshot): FrameSnapshot | undefined =>
      s.label === label ? s : s.children.map(find).find((x) => x !== undefined);
    return root === undefined ? undefined : find(root);
  }

  // ---- evaluation ----

  private targetFor(frameId: number | undefined): EvalTarget | undefined {
    const s = frameId === undefined ? this.stoppedFrame() : this.view?.frame(frameId);
    if (s === undefined) return undefined;
    const error = this.stoppedError(s);
    return targetFromSnapshot(s, error);
  }

  private stoppedFrame(): FrameSnapshot | undefined {
    const stop = this.runner?.stop;
    return stop === undefined ? undefined : this.currentFrame(stop.frame);
  }

  protected override evaluateRequest(
    response: DebugProtocol.EvaluateResponse,
    args: DebugProtocol.EvaluateArguments,
  ): void {
    const target = this.targetFor(args.frameId);
    if (target === undefined)
      return this.fail(response, 'Nothing to evaluate against: the execution is not stopped at a state');
    evaluateExpression(args.expression, target).then(
      (r) => {
        if ('error' in r) return this.fail(response, r.error);
        const v = r.value;
        const ref = v !== null && typeof v === 'object' ? this.variables.add({ value: v, frameLabel: '' }) : 0;
        response.body = {
          result: JSON.stringify(v, null, ref === 0 ? undefined : 2) ?? 'null',
          type: typeOf(v),
          variablesReference: ref,
        };
        this.sendResponse(response);
      },
      (error: unknown) => this.fail(response, error instanceof Error ? error.message : String(error)),
    );
  }

  protected override completionsRequest(
    response: DebugProtocol.CompletionsResponse,
    args: DebugProtocol.CompletionsArguments,
  ): void {
    const target = this.targetFor(args.frameId);
    const before = args.text.slice(0, Math.max(0, args.column - 1));
    const word = /[\w$.]*$/.exec(before)?.[0] ?? '';
    const targets = target === undefined ? [] : completionsFor(before, target);
    response.body = {
      targets: targets.map((c) => {
        const item = new CompletionItem(c.label, 0) as DebugProtocol.CompletionItem;
        item.type = c.type;
        item.detail = c.detail;
        item.start = before.length - word.length;
        item.length = word.length;
        return item;
      }),
    };
    this.sendResponse(response);
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    const error = this.runner?.stop?.error;
    if (error === undefined) return this.fail(response, 'Not stopped on an error');
    response.body = {
      exceptionId: error.error,
      description: error.cause,
      breakMode: this.runner?.stop?.reason === 'exception' ? 'always' : 'unhandled',
      details: { message: error.cause, typeName: error.error },
    };
    this.sendResponse(response);
  }

  // ---- control ----

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    response.body = { allThreadsContinued: true };
    this.sendResponse(response);
    this.drive({ kind: 'continue' });
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.stepFrom(response, args.threadId, 'next');
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.stepFrom(response, args.threadId, 'stepIn');
  }

  protected override stepOutRequest(
    response: DebugProtocol.StepOutResponse,
    args: DebugProtocol.StepOutArguments,
  ): void {
    this.stepFrom(response, args.threadId, 'stepOut');
  }

  private stepFrom(response: DebugProtocol.Response, threadId: number, kind: 'next' | 'stepIn' | 'stepOut'): void {
    const frame = this.view?.labelOf(threadId) ?? 'root';
    this.sendResponse(response);
    const motion: Motion = { kind, frame };
    this.drive(motion);
  }

  protected override stepBackRequest(
    response: DebugProtocol.StepBackResponse,
    args: DebugProtocol.StepBackArguments,
  ): void {
    const frame = this.view?.labelOf(args.threadId) ?? 'root';
    this.sendResponse(response);
    this.drive({ kind: 'continue' }, (r) => r.stepBack(frame));
  }

  protected override reverseContinueRequest(
    response: DebugProtocol.ReverseContinueResponse,
    args: DebugProtocol.ReverseContinueArguments,
  ): void {
    const frame = this.view?.labelOf(args.threadId) ?? 'root';
    this.sendResponse(response);
    this.drive({ kind: 'continue' }, (r) => r.reverseContinue(frame));
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.runner?.pause();
    this.sendResponse(response);
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse): void {
    this.runner?.terminate();
    const args = this.args;
    if (args === undefined) return this.fail(response, 'Nothing was launched');
    if (!this.prepare(response, args)) return;
    this.print('--- restarted ---\n', 'console');
    this.sendResponse(response);
    this.begin();
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.stopExecution();
    this.sendResponse(response);
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.stopExecution();
    this.sendResponse(response);
  }

  /** Aborts the execution, shows how it ended and ends the session. */
  private stopExecution(): void {
    const runner = this.runner;
    if (runner === undefined || this.ended) return this.finish(0);
    runner.terminate();
    this.flush(true);
    this.print(`status: ${runner.exec.status}\n`, 'console');
    this.finish(runner.exec.status === 'SUCCEEDED' ? 0 : 1);
  }

  // ---- task tokens (server/src/debugProtocol.ts) ----

  protected override customRequest(command: string, response: DebugProtocol.Response, args: unknown): void {
    const known = command as CustomCommand;
    // answered before the launch too: the client sends it as soon as the session starts
    if (known === PREVIEWED_DEFINITIONS_REQUEST) {
      const paths = (args as Partial<PreviewedDefinitionsArguments> | undefined)?.paths;
      if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string'))
        return this.fail(response, `${PREVIEWED_DEFINITIONS_REQUEST}: "paths" must be an array of strings`);
      this.sendResponse(response);
      return this.setPreviewed(paths);
    }
    const runner = this.runner;
    if (runner === undefined) return this.fail(response, 'Nothing was launched');
    switch (known) {
      case PENDING_TOKENS_REQUEST: {
        const body: PendingTokensResponse = {
          tokens: runner.exec.pendingTokens().map((t) => ({ token: t.token, stateName: t.state })),
        };
        response.body = body;
        return this.sendResponse(response);
      }
      case SEND_TASK_SUCCESS_REQUEST: {
        const a = args as SendTaskSuccessArguments;
        return this.answerToken(response, runner, (x) =>
          x.sendTaskSuccess(String(a?.token), (a?.output ?? null) as Json),
        );
      }
      case SEND_TASK_FAILURE_REQUEST: {
        const a = args as SendTaskFailureArguments;
        return this.answerToken(response, runner, (x) => x.sendTaskFailure(String(a?.token), a?.error, a?.cause));
      }
      case SEND_TASK_HEARTBEAT_REQUEST: {
        const a = args as SendTaskHeartbeatArguments;
        return this.answerToken(response, runner, (x) => x.sendTaskHeartbeat(String(a?.token)));
      }
      default: {
        const never: never = known;
        return this.fail(response, `Unknown request '${String(never)}'`);
      }
    }
  }

  /** Sends a token answer; when the execution was only waiting for it, it runs on. */
  private answerToken(
    response: DebugProtocol.Response,
    runner: Runner,
    send: (execution: Runner['exec']) => TokenResponse,
  ): void {
    let answer: TokenResponse = { ok: false, error: 'TaskDoesNotExist', message: 'not sent' };
    runner.act((execution) => {
      answer = send(execution);
    });
    if (!answer.ok) return this.fail(response, `${answer.error}: ${answer.message}`);
    this.sendResponse(response);
    if (runner.stop?.waitingForToken === true) this.drive({ kind: 'continue' });
  }

  private fail(response: DebugProtocol.Response, message: string): void {
    this.sendErrorResponse(response, {
      id: ERR_REQUEST,
      format: message.replace(/\{/g, '{{').replace(/\}/g, '}}'),
      showUser: false,
    });
  }
}
