// Execution overlays (with each state's input and output texts, what the graph preview shows on a
// click) are built and sent only while the client says a graph preview shows the definition
// (aslPreviewedDefinitions): said before the run, or during it (the overlay is then sent at once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { PREVIEWED_DEFINITIONS_REQUEST, type ExecutionOverlay, type StateRunInfo } from '../../src/debugProtocol';
import { EXAMPLES, FANOUT, FANOUT_PATH, resumeToEnd, startSession, type Session } from './client';

const PATH = FANOUT_PATH;

function fanOut(overlay: ExecutionOverlay | undefined): StateRunInfo {
  const state = overlay?.states.find((s) => s.name === 'FanOut');
  if (state === undefined) throw new Error(`no FanOut in ${JSON.stringify(overlay)}`);
  return state;
}

const last = (s: Session) => s.overlays[s.overlays.length - 1];

/** Sends the request and returns the overlay it makes the adapter send again. */
async function preview(s: Session, paths: unknown): Promise<ExecutionOverlay> {
  const [event] = await Promise.all([
    s.dc.waitForEvent('aslExecution'),
    s.dc.customRequest(PREVIEWED_DEFINITIONS_REQUEST, { paths }),
  ]);
  return (event.body as { overlay: ExecutionOverlay }).overlay;
}

test('without a graph preview no overlay is sent; a preview opened at a stop gets one at once, with the texts', async () => {
  const s = await startSession({ ...FANOUT }, { functionBreakpoints: ['Done'] });
  try {
    await s.first;
    assert.deepEqual(s.overlays, [], 'no overlay while no preview shows the definition');
    const shown = await preview(s, ['/elsewhere/other.asl.json', PATH]);
    assert.equal(shown.status, 'RUNNING');
    assert.ok(shown.current.includes('Done'), shown.current.join());
    const stopped = fanOut(shown);
    assert.equal(stopped.status, 'succeeded');
    assert.deepEqual(JSON.parse(stopped.input ?? ''), JSON.parse(await readInput()));
    assert.deepEqual(JSON.parse(stopped.output ?? '').onboarding.profile, { stored: true });
    await s.dc.customRequest(PREVIEWED_DEFINITIONS_REQUEST, { paths: [] });
    const sent = s.overlays.length;
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.equal(s.overlays.length, sent, 'no overlay once the preview closed, not even the end one');
    assert.match(s.text(), /status: SUCCEEDED/);
  } finally {
    await s.end();
  }
});

test('a preview open before the run: every overlay carries the texts, the end one too', async () => {
  const s = await startSession({ ...FANOUT }, { functionBreakpoints: ['Done'], previewed: [PATH] });
  try {
    await s.first;
    assert.notEqual(fanOut(last(s)).output, undefined);
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    const end = last(s);
    assert.equal(end.status, 'SUCCEEDED');
    assert.notEqual(fanOut(end).input, undefined);
    assert.equal(end.states.find((x) => x.name === 'Done')?.output, fanOut(end).output);
  } finally {
    await s.end();
  }
});

test('aslPreviewedDefinitions without a list of paths is refused with a clear message', async () => {
  const s = await startSession({ ...FANOUT }, { functionBreakpoints: ['Done'] });
  try {
    await s.first;
    const refused = s.dc.customRequest(PREVIEWED_DEFINITIONS_REQUEST, { paths: 'x' });
    await assert.rejects(refused, (e: Error) => /"paths" must be an array of strings/.test(e.message));
    const response: DebugProtocol.Response = await s.dc.customRequest(PREVIEWED_DEFINITIONS_REQUEST, { paths: [] });
    assert.equal(response.success, true);
  } finally {
    await s.end();
  }
});

async function readInput(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(join(EXAMPLES, FANOUT.input), 'utf8');
}
