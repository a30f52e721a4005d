// Drives the BUILT dist/debugAdapter.js over stdio with @vscode/debugadapter-testsupport's
// DebugClient. Every wait is for a protocol event (never a sleep); a session records console
// output and `aslExecution` overlays for assertions.
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { PREVIEWED_DEFINITIONS_REQUEST, type ExecutionOverlay } from '../../src/debugProtocol';

export const ROOT = join(__dirname, '..', '..', '..', '..');
export const EXAMPLES = join(ROOT, 'examples');
/** The parallel-fanout example with its input and the HappyPath mock test case. */
export const FANOUT = {
  definition: 'parallel-fanout.asl.json',
  input: 'parallel-fanout.input.json',
  mocks: 'parallel-fanout.mocks.json',
  testCase: 'HappyPath',
};
/** Its absolute path, as a graph preview names it. */
export const FANOUT_PATH = join(EXAMPLES, FANOUT.definition);
const ADAPTER = join(ROOT, 'dist', 'debugAdapter.js');

export interface Session {
  readonly dc: DebugClient;
  readonly output: string[];
  readonly overlays: ExecutionOverlay[];
  text(): string;
  /** Resolves at the next stop. Register BEFORE the request that causes it. */
  nextStop(): Promise<DebugProtocol.StoppedEvent>;
  /** The innermost stack frame of a thread. */
  top(threadId: number): Promise<DebugProtocol.StackFrame>;
  /** name → variable of a scope (by scope name prefix) of a frame. */
  scope(frameId: number, prefix: string): Promise<Map<string, DebugProtocol.Variable>>;
  children(ref: number): Promise<Map<string, DebugProtocol.Variable>>;
  end(): Promise<void>;
}

export interface Setup {
  breakpoints?: { line: number; condition?: string; hitCondition?: string; logMessage?: string }[];
  functionBreakpoints?: (string | { name: string; hitCondition?: string })[];
  exceptions?: string[];
  /** The definition files a graph preview shows, told before the run (as the extension does). */
  previewed?: readonly string[];
  /** What to wait for after configuration: the first stop (default) or the end of the session. */
  waitFor?: 'stop' | 'end';
}

/** Starts a session on `definition` (relative to examples/ unless absolute) and configures it. */
export async function startSession(
  launch: Record<string, unknown>,
  setup: Setup = {},
): Promise<Session & { first: Promise<DebugProtocol.Event> }> {
  const dc = new DebugClient('node', ADAPTER, 'asl');
  await dc.start();
  const session = wrap(dc);
  const definition = String(launch.definition);
  const path = definition.startsWith('/') ? definition : join(EXAMPLES, definition);
  const first = setup.waitFor === 'end' ? dc.waitForEvent('terminated') : session.nextStop();
  // A launch that fails must still stop the adapter: a live child would hang the test file, not fail it.
  const configured = Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      if (setup.previewed) await dc.customRequest(PREVIEWED_DEFINITIONS_REQUEST, { paths: setup.previewed });
      if (setup.breakpoints) await dc.setBreakpointsRequest({ source: { path }, breakpoints: setup.breakpoints });
      if (setup.functionBreakpoints)
        await dc.setFunctionBreakpointsRequest({
          breakpoints: setup.functionBreakpoints.map((b) => (typeof b === 'string' ? { name: b } : b)),
        });
      await dc.setExceptionBreakpointsRequest({ filters: setup.exceptions ?? [] });
      await dc.configurationDoneRequest();
    }),
    dc.launch({ cwd: EXAMPLES, ...launch, definition: path }),
  ]);
  await configured.catch(async (error: unknown) => {
    first.catch(() => undefined); // the launch's error is the one reported
    await dc.stop();
    throw error;
  });
  return { ...session, first };
}

/** Generous ceilings for protocol waits: the test machine may be shared (they are never sleeps). */
const PROTOCOL_TIMEOUT_MS = 30_000;

export function wrap(dc: DebugClient): Session {
  dc.defaultTimeout = PROTOCOL_TIMEOUT_MS;
  const output: string[] = [];
  const overlays: ExecutionOverlay[] = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => output.push(e.body.output));
  dc.on('aslExecution', (e: DebugProtocol.Event) => overlays.push((e.body as { overlay: ExecutionOverlay }).overlay));
  const children = async (ref: number) => {
    const r = await dc.variablesRequest({ variablesReference: ref });
    return new Map(r.body.variables.map((v) => [v.name, v]));
  };
  return {
    dc,
    output,
    overlays,
    text: () => output.join(''),
    nextStop: () => dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>,
    async top(threadId) {
      const r = await dc.stackTraceRequest({ threadId });
      return r.body.stackFrames[0];
    },
    async scope(frameId, prefix) {
      const r = await dc.scopesRequest({ frameId });
      const s = r.body.scopes.find((x) => x.name.startsWith(prefix));
      if (s === undefined) throw new Error(`no scope ${prefix} in ${r.body.scopes.map((x) => x.name).join(', ')}`);
      return children(s.variablesReference);
    },
    children,
    end: () => dc.stop(),
  };
}

/** Sends a request that resumes and waits for the resulting stop. */
export async function resumeTo<T>(s: Session, request: () => Promise<T>): Promise<DebugProtocol.StoppedEvent> {
  const [stop] = await Promise.all([s.nextStop(), request()]);
  return stop;
}

/** Sends a request that resumes and waits for the end of the session. */
export async function resumeToEnd<T>(s: Session, request: () => Promise<T>): Promise<void> {
  await Promise.all([s.dc.waitForEvent('terminated'), request()]);
}
