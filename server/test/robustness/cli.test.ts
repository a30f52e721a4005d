/*
 * The robustness suite: every case of cases.ts runs the built `asl` in a child process with a
 * 256 MB heap. A case passes only when the process exits by itself (the 60 s kill timer fails it),
 * with the expected exit code, status, error and message, and never an "internal error".
 * ASL_ROBUSTNESS_TABLE=1 prints the measured table (exit, status, error, seconds) at the end.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, type RobustnessCase } from './cases';
import { CLI, fixtureDir, jsonReport, spawnCli, type CliRun, KILL_AFTER_MS } from './support';

const rows: string[] = [];

function prepare(c: RobustnessCase): string {
  const dir = fixtureDir(c.files());
  for (const [path, target] of Object.entries(c.links ?? {})) symlinkSync(target, join(dir, path));
  return dir;
}

function assertEnded(run: CliRun): void {
  assert.equal(run.killed, false, `still running after ${KILL_AFTER_MS / 1000} s: killed`);
  assert.equal(run.signal, null, `ended by signal ${run.signal}: ${run.stderr.slice(-500)}`);
  assert.doesNotMatch(run.stderr + run.stdout, /internal error|heap out of memory|Maximum call stack/i);
}

for (const c of CASES) {
  test(`robustness: ${c.name}`, async () => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
    const dir = prepare(c);
    const run = await spawnCli(c.args, dir).done;
    assertEnded(run);
    const report = jsonReport(run);
    rows.push(
      `| ${c.name} | ${run.code} | ${report.status ?? '-'} | ${report.error ?? '-'} | ${(run.ms / 1000).toFixed(1)} |`,
    );
    assert.equal(run.code, c.expect.exit, `exit code; stderr: ${run.stderr.slice(0, 500)}`);
    assert.equal(report.status, c.expect.status, `status; stdout: ${run.stdout.slice(0, 500)}`);
    assert.equal(report.error, c.expect.error, `error; cause: ${report.cause}`);
    const text = c.expect.status === undefined ? run.stderr + run.stdout : (report.cause ?? '');
    assert.match(text, c.expect.message);
    c.check?.(dir, report.output);
  });
}

test('robustness: Ctrl+C (SIGINT) ends a run cleanly: ABORTED, exit 130', async () => {
  const dir = fixtureDir({
    'm.asl.json': JSON.stringify({
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'W' },
        W: { Type: 'Wait', Seconds: 3600, End: true },
      },
    }),
    // The handler announces that the run has started (and so listens for Ctrl+C): an event, not a timer.
    'h.js': "module.exports = { T: () => { process.stderr.write('RUNNING\\n'); return {}; } };",
  });
  const child = spawnCli(['run', 'm.asl.json', '--handlers', './h.js', '--real-time', '--json'], dir);
  await child.stderrContains('RUNNING');
  child.signal('SIGINT');
  const run = await child.done;
  assertEnded(run);
  assert.equal(run.code, 130);
  const report = jsonReport(run);
  assert.equal(report.status, 'ABORTED');
  rows.push(
    `| Ctrl+C during a --real-time Wait of an hour | ${run.code} | ABORTED | - | ${(run.ms / 1000).toFixed(1)} |`,
  );
});

after(() => {
  if (process.env.ASL_ROBUSTNESS_TABLE)
    process.stdout.write(`\n| case | exit | status | error | s |\n|---|---|---|---|---|\n${rows.join('\n')}\n`);
});
