// The debugger's ExecutionFeed over a real execution log: the overlay closes what a Parallel's
// branches were in when the Parallel fails (only a state that started branches or iterations can
// have any), and the console batch stays plain ASCII when it cuts a long output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Execution } from '../../src/interpreter/execution';
import type { Json } from '../../src/interpreter/value';
import { ExecutionFeed } from '../../src/debug/feed';

async function feedOf(definition: Json, input: Json = {}): Promise<ExecutionFeed> {
  const execution = new Execution(definition, input, { seed: 1, historyPayloads: true, advanceWhenIdle: true });
  await execution.run();
  const feed = new ExecutionFeed('/x.asl.json');
  feed.sync(execution.log, execution.deliveredEvents);
  return feed;
}

test('a failing Parallel closes the state its other branch was in; siblings outside it stay as they were', async () => {
  const feed = await feedOf({
    StartAt: 'Before',
    States: {
      Before: { Type: 'Pass', Next: 'Both' },
      Both: {
        Type: 'Parallel',
        Branches: [
          {
            StartAt: 'Soon',
            States: { Soon: { Type: 'Wait', Seconds: 1, Next: 'Boom' }, Boom: { Type: 'Fail', Error: 'Broke' } },
          },
          { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 60, End: true } } },
        ],
        End: true,
      },
    },
  });
  const overlay = feed.overlay(false);
  const status = Object.fromEntries(overlay.states.map((s) => [s.name, s.status]));
  assert.equal(overlay.status, 'FAILED');
  assert.deepEqual(status, { Before: 'succeeded', Both: 'failed', Soon: 'succeeded', Boom: 'failed', Slow: 'failed' });
  assert.deepEqual(overlay.current, []);
});

test('a cut output in the console ends with three ASCII dots (the batch stays one-byte)', async () => {
  const long = 'x'.repeat(500);
  const feed = await feedOf({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { long });
  const text = feed.takeConsole(true);
  assert.match(text, /ExecutionSucceeded \{"long":"x+\.\.\.\n$/);
  assert.ok(
    [...text].every((c) => c.charCodeAt(0) < 128),
    text,
  );
});
