/*
 * One test case: its launch request through prepareLaunch, one execution on the simulated clock
 * with a BranchCounter listening, the record of what it did, and every expectation checked. A case
 * that cannot start (missing input file, unknown mock test case) is errored, located at the key
 * that named what is missing. Pure: I/O through the LaunchIo.
 */
import type { Span } from '../asl';
import { isLaunchFailure, prepareLaunch, type LaunchIo } from '../launch';
import type { LaunchFailure, LaunchMode } from '../launch/launch';
import type { Execution, ExecutionResult } from '../interpreter/execution';
import type { Json } from '../interpreter/value';
import type { TestCaseReport, TestExecutionSummary, TestLocation } from '../testProtocol';
import { checkExpectations } from './checks';
import { launchRequestFor } from './launchRequest';
import type { TestCase, TestFile } from './model';
import { BranchCounter, recordExecution, type ExecutionRecord } from './record';

export interface CaseContext {
  readonly path: string;
  readonly io: LaunchIo;
  readonly mode: LaunchMode;
  readonly locate: (span: Span) => TestLocation;
  readonly stopwatch?: () => number;
}

export interface CaseRun {
  readonly report: TestCaseReport;
  readonly record?: ExecutionRecord;
  /** The output of a SUCCEEDED execution. */
  readonly output?: Json;
}

export async function runCase(file: TestFile, c: TestCase, ctx: CaseContext): Promise<CaseRun> {
  const clock = ctx.stopwatch ?? (() => 0);
  const started = clock();
  const base = { name: c.name, location: ctx.locate(c.nameSpan) };
  const request = launchRequestFor(file, c, ctx.path);
  const launch = request === undefined ? undefined : prepareLaunch(request, ctx.io, ctx.mode);
  if (launch === undefined || isLaunchFailure(launch)) {
    const error = {
      message: launch?.message ?? 'the test file names no definition',
      location: ctx.locate(culprit(c, launch)),
    };
    return { report: { ...base, status: 'errored', durationMs: clock() - started, failures: [], error } };
  }
  const counter = new BranchCounter();
  const execution = launch.start(undefined, counter);
  const result = await finish(execution);
  const record = recordExecution(execution.history, counter);
  const failures = await checkExpectations(c.expectations, { result, record }, ctx.locate);
  const status = failures.length === 0 ? 'passed' : 'failed';
  const report = {
    ...base,
    status,
    durationMs: clock() - started,
    execution: summary(result, record),
    failures,
  } as const;
  return { report, record, output: result.status === 'SUCCEEDED' ? result.output : undefined };
}

/** Runs to the end; an execution left waiting for a task token nobody sends is stopped (ABORTED) and says why. */
async function finish(execution: Execution): Promise<ExecutionResult> {
  const result = await execution.run();
  if (result.status !== 'RUNNING') return result;
  const cause = 'The execution waits for a task token that no mock answers: mock the callback task (Return or Throw).';
  execution.stop('States.Runtime', cause);
  return execution.result;
}

/** Where a launch failure is best shown: the input file, the mock test case, else the case's name. */
function culprit(c: TestCase, failure: LaunchFailure | undefined): Span {
  const message = failure?.message ?? '';
  if (c.inputFile !== undefined && message.includes(c.inputFile.value)) return c.inputFile.span;
  if (c.mockTestCase !== undefined && /mock|test case/i.test(message)) return c.mockTestCase.span;
  return c.nameSpan;
}

function summary(result: ExecutionResult, record: ExecutionRecord): TestExecutionSummary {
  const status = result.status === 'RUNNING' ? 'ABORTED' : result.status;
  return {
    status,
    ...(result.status === 'SUCCEEDED' ? { output: JSON.stringify(result.output) } : {}),
    ...(result.error === undefined ? {} : { error: result.error }),
    ...(result.cause === undefined ? {} : { cause: result.cause }),
    path: record.path,
  };
}
