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

test('the overlay, read between syncs, catches up with every synced event (as one recording of the whole log)', async () => {
  const definition: Json = {
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemsPath: '$.items',
        ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } } },
        Next: 'Last',
      },
      Last: { Type: 'Pass', End: true },
    },
  };
  const execution = new Execution(definition, { items: [1, 2, 3] }, { seed: 1, historyPayloads: true });
  await execution.run();
  const total = execution.deliveredEvents;
  const whole = new ExecutionFeed('/x.asl.json');
  whole.sync(execution.log, total);
  const stepwise = new ExecutionFeed('/x.asl.json');
  const seenAt: string[] = [];
  for (let count = 1; count <= total; count++) {
    stepwise.sync(execution.log, count);
    // read only now and then: the events synced in between must not be lost
    if (count % 4 === 0) seenAt.push(stepwise.overlay(false).status);
  }
  assert.ok(seenAt.length > 1 && seenAt[0] === 'RUNNING', seenAt.join());
  assert.deepEqual(stepwise.overlay(true), whole.overlay(true));
  assert.deepEqual(stepwise.mapCounts('Each'), { total: 3, succeeded: 3, failed: 0, active: 0 });
  assert.equal(whole.overlay(false).states.find((s) => s.name === 'Double')?.entered, 3);
});
