/*
 * The extension's layout pool (client/src/preview/layoutPool.ts) with the BUILT thread bundle
 * (dist/layoutThread.js): the same layout as elkjs in this thread, in parallel threads, a boot
 * that starts the threads, and a warm-up that stops when a preview asks for a layout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { LayoutPool } from '../../src/preview/layoutPool';
import { layoutGraph } from '../../../server/src/graph/layout';
import { warmUpGraph } from '../../../server/src/graph/warmUp';

const THREAD = resolve('dist/layoutThread.js');

test('the pool lays a graph out exactly as elkjs does in this thread', async () => {
  const pool = new LayoutPool(THREAD, 2);
  try {
    for (const graph of [warmUpGraph(24, 'small '), warmUpGraph(130, 'large ')]) {
      assert.deepEqual(await pool.layout(graph), await layoutGraph(graph));
    }
  } finally {
    await pool.dispose();
  }
});

test('the warm-up lays its graphs out in every thread, and stops after the graphs in flight when a preview asks for a layout', async () => {
  const pool = new LayoutPool(THREAD, 2);
  try {
    assert.equal(await pool.warmUp(1), 4, 'one round in each thread: a small and a large machine');
    const warming = pool.warmUp(50);
    await pool.layout(warmUpGraph(12, 'asked '));
    assert.equal(await warming, 2, 'the warm-up graph in flight in each thread, then it stopped');
  } finally {
    await pool.dispose();
  }
});

test("a second pool's warm-up runs its own elk layouts in every thread (none come from the first's cached ones)", async () => {
  const first = new LayoutPool(THREAD, 2);
  const second = new LayoutPool(THREAD, 2);
  try {
    await first.warmUp(1);
    await second.warmUp(1);
    const single = new LayoutPool(THREAD, 1);
    await single.warmUp(1);
    await single.dispose();
    assert.ok(single.elkRuns > 10, `${single.elkRuns} elk runs in one thread`);
    assert.equal(first.elkRuns, 2 * single.elkRuns, 'the whole warm-up in each of two threads');
    assert.equal(second.elkRuns, first.elkRuns);
  } finally {
    await Promise.all([first.dispose(), second.dispose()]);
  }
});

test('boot starts every thread with elkjs loaded, and a layout after it is the same', async () => {
  const pool = new LayoutPool(THREAD, 2);
  try {
    assert.equal(await pool.boot(), 2);
    const graph = warmUpGraph(12, 'after boot ');
    assert.deepEqual(await pool.layout(graph), await layoutGraph(graph));
  } finally {
    await pool.dispose();
  }
});

test('a thread that cannot start fails the layout and the warm-up with a clear error; so does a disposed pool', async () => {
  const broken = new LayoutPool(resolve('dist/no-such-layoutThread.js'), 1);
  await assert.rejects(broken.layout(warmUpGraph(3, 'x ')), /Cannot find module .*no-such-layoutThread/);

  await broken.dispose();
  await assert.rejects(broken.layout(warmUpGraph(3, 'x ')), /disposed/);
  const warming = new LayoutPool(resolve('dist/no-such-layoutThread.js'), 1);
  await assert.rejects(warming.warmUp(), /Cannot find module .*no-such-layoutThread/);
  await warming.dispose();
  const booting = new LayoutPool(resolve('dist/no-such-layoutThread.js'), 1);
  await assert.rejects(booting.boot(), /Cannot find module .*no-such-layoutThread/);
  await booting.dispose();
});
