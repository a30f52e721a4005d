/*
 * "Debug Test": the `test: { file, case }` launch attribute turned into the case's LaunchRequest
 * (server/src/testing/launchRequest.ts, the function `asl test` runs cases through), so the
 * debugger runs exactly the input and mocks the test runs. Reads the test file; a bad file or an
 * unknown case is a located message, never a throw. Node only.
 */
import { readFileSync } from 'fs';
import { dirname, resolve } from 'path';
import type { AslLaunchArguments } from '../debugProtocol';
import { closestName } from '../asl/similarity';
import { LineIndex } from '../asl/lines';
import { LAUNCH_CONFIG_NAMES, TEST_FILE_NAMES, type LaunchMode, type LaunchRequest } from '../launch';
import { runLimitsOf } from '../launch/runLimits';
import { launchRequestFor } from '../testing/launchRequest';
import { parseTestFile } from '../testing/testFile';

export interface LaunchPlan {
  readonly request: LaunchRequest;
  /** Folder relative paths resolve against. */
  readonly cwd: string;
  /** How the launch's settings are named in error messages (launch.json or the test file). */
  readonly names: LaunchMode['names'];
  /** The wall-clock budget of each run between stops, in ms (the `timeout` attribute). */
  readonly timeoutMs?: number;
}

/** What a launch configuration runs, or why it cannot run (a message for the user). */
export function launchPlanOf(args: AslLaunchArguments): LaunchPlan | string {
  const limits = runLimitsOf(args, (key) => `"${key}"`);
  if (typeof limits === 'string') return `the launch configuration's ${limits}`;
  const plan = args.test !== undefined ? testPlan(args) : definitionPlan(args);
  if (typeof plan === 'string') return plan;
  return { ...plan, request: { ...plan.request, limits: limits.env }, timeoutMs: limits.timeoutMs };
}

function definitionPlan(args: AslLaunchArguments): LaunchPlan | string {
  const definition = typeof args.definition === 'string' ? args.definition : '';
  if (definition === '') return 'the launch configuration names no "definition"';
  const cwd = args.cwd ?? dirname(resolve(definition));
  return { request: { ...args, definition }, cwd, names: LAUNCH_CONFIG_NAMES };
}

function testPlan(args: AslLaunchArguments): LaunchPlan | string {
  const { file: testPath, case: caseName } = args.test ?? { file: '', case: '' };
  if (typeof testPath !== 'string' || typeof caseName !== 'string')
    return '"test" must be { "file": <test file>, "case": <case name> }';
  const path = resolve(args.cwd ?? '.', testPath);
  const text = readText(path);
  if (text === undefined) return `cannot read the test file ${path}`;
  const file = parseTestFile(text, path);
  if (file.problems.length > 0) {
    const lines = new LineIndex(text);
    return file.problems.map((p) => `${path}:${position(lines, p.span.start)}: ${p.message}`).join('\n');
  }
  const testCase = file.cases.find((c) => c.name === caseName);
  if (testCase === undefined) {
    const suggestion = closestName(
      caseName,
      file.cases.map((c) => c.name),
    );
    return `${path} has no case '${caseName}'${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`;
  }
  const request = launchRequestFor(file, testCase, path);
  if (request === undefined) return `${path} names no 'definition'`;
  const overrides = { seed: args.seed, maxTransitions: args.maxTransitions, realTime: args.realTime };
  return {
    request: { ...request, ...definedOnly(overrides) },
    cwd: request.cwd ?? dirname(path),
    names: TEST_FILE_NAMES,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function position(lines: LineIndex, offset: number): string {
  const { line, character } = lines.positionAt(offset);
  return `${line + 1}:${character + 1}`;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EACCES') return undefined;
    throw error;
  }
}
