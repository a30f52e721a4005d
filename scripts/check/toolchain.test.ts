/*
 * Proves that `npm run check` catches what ARCHITECTURE.md says it enforces: each case writes one
 * violation into a scratch copy of the project's real check configuration, runs the tool the way
 * package.json's check:* script does, and expects a failure naming that rule and file. A clean
 * scratch tree passes every tool, so a failure is the violation's and not the setup's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLEAN_FILES, CONFIG_FILES, VIOLATIONS, type Violation } from './violations';

const ROOT = join(__dirname, '..', '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

interface Run {
  readonly status: number | null;
  readonly output: string;
}

/** A scratch project: the real check configuration, node_modules linked, the given source files. */
function scratchTree(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'asl-check-'));
  for (const file of CONFIG_FILES) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Runs a shell command line with the project's node_modules/.bin first on PATH. */
function run(dir: string, command: string): Run {
  const PATH = `${join(dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`;
  const result = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH } });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The command each case runs: the check:* script itself, or the part of it that applies. */
const TOOL_COMMANDS: Readonly<Record<Violation['tool'], string>> = {
  tsc: 'tsc -p server --noEmit',
  eslint: scripts['check:lint'],
  depcruise: scripts['check:deps'],
  prettier: scripts['check:format'],
  knip: scripts['check:unused'],
};

test('npm run check runs every tool this test exercises', () => {
  for (const name of ['check:types', 'check:lint', 'check:deps', 'check:format', 'check:unused'])
    assert.ok(scripts.check.includes(`npm run ${name}`), `check runs ${name}`);
  assert.ok(scripts['check:types'].includes(TOOL_COMMANDS.tsc), 'check:types type-checks server/');
});

/** Runs `command` on a scratch tree of `files` and removes the tree. */
function runOn(files: Readonly<Record<string, string>>, command: string): Run {
  const dir = scratchTree(files);
  try {
    return run(dir, command);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One clean and one violating run per tool (the tools are slow to start): every violation of that
// tool is in the same tree, and each must show up in the output by its rule and file.
for (const tool of Object.keys(TOOL_COMMANDS) as Violation['tool'][]) {
  const violations = VIOLATIONS.filter((v) => v.tool === tool);
  test(`${tool} passes the clean tree and fails on each violation`, async (t) => {
    const clean = runOn(CLEAN_FILES, TOOL_COMMANDS[tool]);
    assert.equal(clean.status, 0, `${tool} fails on the clean tree:\n${clean.output}`);
    const bad = runOn(Object.assign({}, CLEAN_FILES, ...violations.map((v) => v.files)), TOOL_COMMANDS[tool]);
    assert.notEqual(bad.status, 0, `${tool} accepted every violation:\n${bad.output}`);
    for (const violation of violations)
      await t.test(violation.name, () => {
        for (const expected of violation.expect)
          assert.ok(bad.output.includes(expected), `"${expected}" in:\n${bad.output}`);
      });
  });
}
