// Runs every example in examples/ through `asl run` (runCommand with the real file system):
// each test case of its <name>.mocks.json, or once without mocks, with <name>.input.json and
// --items-dir examples/items. Every run must follow the --json contract and end without
// States.Runtime (which would mean a missing mock or an interpreter bug).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/io';
import { nodeLaunchIo } from '../../src/launch/nodeIo';

const ROOT = join(__dirname, '..', '..', '..', '..');
const EXAMPLES = join(ROOT, 'examples');

function io(): CliIo & { out: string; err: string } {
  const x = {
    ...nodeLaunchIo(ROOT),
    out: '',
    err: '',
    isTty: false,
    stdout: (t: string) => void (x.out += t),
    stderr: (t: string) => void (x.err += t),
  };
  return x;
}

const definitions = existsSync(EXAMPLES)
  ? readdirSync(EXAMPLES)
      .filter((f) => /\.asl\.(json|ya?ml)$/.test(f))
      .sort()
  : [];

test('there are examples to run', () => {
  assert.ok(definitions.length > 0);
});

for (const file of definitions) {
  const name = file.replace(/\.asl\.(json|ya?ml)$/, '');
  const mocksFile = join(EXAMPLES, `${name}.mocks.json`);
  const inputFile = join(EXAMPLES, `${name}.input.json`);
  const testCases = existsSync(mocksFile)
    ? Object.keys(JSON.parse(readFileSync(mocksFile, 'utf8')).StateMachines?.[name]?.TestCases ?? {})
    : [undefined];
  for (const testCase of testCases) {
    test(`example ${name}${testCase ? ` (${testCase})` : ''}`, async () => {
      const args = [join(EXAMPLES, file), '--json', '--items-dir', join(EXAMPLES, 'items')];
      if (existsSync(inputFile)) args.push('--input', inputFile);
      if (testCase) args.push('--mocks', mocksFile, '--test-case', testCase);
      const x = io();
      const code = await runCommand(args, x);
      assert.notEqual(code, 2, x.err);
      const out = JSON.parse(x.out);
      assert.ok(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'].includes(out.status));
      assert.equal(code, out.status === 'SUCCEEDED' ? 0 : 1);
      assert.notEqual(out.error, 'States.Runtime', out.cause);
      if (/happy|approved|big|small/i.test(testCase ?? 'happy'))
        assert.equal(out.status, 'SUCCEEDED', JSON.stringify(out));
    });
  }
}
