/*
 * Send Task Success / Failure / Heartbeat: answers a `.waitForTaskToken` task of the running `asl`
 * debug session. Asks the adapter for the pending tokens, lets the user pick one and type the
 * payload (JSON checked as typed), then sends the custom request of server/src/debugProtocol.ts.
 */
import * as vscode from 'vscode';
import {
  ASL_DEBUG_TYPE,
  PENDING_TOKENS_REQUEST,
  SEND_TASK_FAILURE_REQUEST,
  SEND_TASK_HEARTBEAT_REQUEST,
  SEND_TASK_SUCCESS_REQUEST,
  type PendingTokensResponse,
  type SendTaskFailureArguments,
  type SendTaskHeartbeatArguments,
  type SendTaskSuccessArguments,
} from '../../../server/src/debugProtocol';
import { parseJsonPayload } from './launchConfig';
import type { Notifier } from './notify';

export type CallbackKind = 'success' | 'failure' | 'heartbeat';

type Pending = PendingTokensResponse['tokens'][number];

/** Runs one callback command end to end; every failure becomes a message. */
export async function sendCallback(kind: CallbackKind, notify: Notifier): Promise<void> {
  const session = vscode.debug.activeDebugSession;
  if (session?.type !== ASL_DEBUG_TYPE) {
    notify.error('ASL Studio: no state machine is being debugged. Start one with Debug State Machine first.');
    return;
  }
  try {
    const pending = await pickToken(session, notify);
    if (pending !== undefined) await sendFor(kind, session, pending, notify);
  } catch (error) {
    notify.error(`ASL Studio: the debug session refused the callback: ${describe(error)}`);
  }
}

async function pickToken(session: vscode.DebugSession, notify: Notifier): Promise<Pending | undefined> {
  const response = (await session.customRequest(PENDING_TOKENS_REQUEST)) as PendingTokensResponse;
  const tokens = response?.tokens ?? [];
  if (tokens.length === 0) {
    notify.info('ASL Studio: no task is waiting for a task token right now.');
    return undefined;
  }
  if (tokens.length === 1) return tokens[0];
  const picked = await vscode.window.showQuickPick(
    tokens.map((t) => ({ label: t.stateName, description: t.token, pending: t })),
    { title: 'Task waiting for a callback', placeHolder: 'Which task token?' },
  );
  return picked?.pending;
}

async function sendFor(
  kind: CallbackKind,
  session: vscode.DebugSession,
  pending: Pending,
  notify: Notifier,
): Promise<void> {
  switch (kind) {
    case 'success':
      return sendSuccess(session, pending, notify);
    case 'failure':
      return sendFailure(session, pending, notify);
    case 'heartbeat':
      return sendHeartbeat(session, pending, notify);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown callback ${String(unknown)}`);
    }
  }
}

async function sendSuccess(session: vscode.DebugSession, pending: Pending, notify: Notifier): Promise<void> {
  const text = await vscode.window.showInputBox({
    title: `Send Task Success to ${pending.stateName}`,
    prompt: 'The task output (any JSON value)',
    value: '{}',
    validateInput: (value) => {
      const parsed = parseJsonPayload(value);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (text === undefined) return;
  const parsed = parseJsonPayload(text);
  if ('error' in parsed) return notify.error(`ASL Studio: ${parsed.error}`);
  const args: SendTaskSuccessArguments = { token: pending.token, output: parsed.value };
  await session.customRequest(SEND_TASK_SUCCESS_REQUEST, args);
  notify.info(`ASL Studio: sent task success to ${pending.stateName}.`);
}

async function sendFailure(session: vscode.DebugSession, pending: Pending, notify: Notifier): Promise<void> {
  const title = `Send Task Failure to ${pending.stateName}`;
  const error = await vscode.window.showInputBox({ title, prompt: 'Error name (optional)', value: 'TaskFailed' });
  if (error === undefined) return;
  const cause = await vscode.window.showInputBox({ title, prompt: 'Cause (optional)' });
  if (cause === undefined) return;
  const args: SendTaskFailureArguments = {
    token: pending.token,
    ...(error === '' ? {} : { error }),
    ...(cause === '' ? {} : { cause }),
  };
  await session.customRequest(SEND_TASK_FAILURE_REQUEST, args);
  notify.info(`ASL Studio: sent task failure to ${pending.stateName}.`);
}

async function sendHeartbeat(session: vscode.DebugSession, pending: Pending, notify: Notifier): Promise<void> {
  const args: SendTaskHeartbeatArguments = { token: pending.token };
  await session.customRequest(SEND_TASK_HEARTBEAT_REQUEST, args);
  notify.info(`ASL Studio: sent a heartbeat to ${pending.stateName}.`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
