/*
 * A test case as a LaunchRequest for the one launch path (server/src/launch): paths relative to the
 * test file's folder, the mock file only when the case names one of its test cases, inline mocks
 * as MockedResponses entries. The CLI runner and the editor's "Debug Test" both start cases here.
 * Pure (string paths only, no I/O).
 */
import type { LaunchRequest } from '../launch/launch';
import type { Json } from '../interpreter/value';
import type { TestCase, TestFile } from './model';

/** The folder of a file path (either separator), with no trailing separator. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

/**
 * The launch request of `testCase` of `file` (read from `testFilePath`, absolute); undefined when the
 * file names no definition (a problem of the file, reported by the parser).
 */
export function launchRequestFor(file: TestFile, testCase: TestCase, testFilePath: string): LaunchRequest | undefined {
  if (file.definition === undefined) return undefined;
  const useMockFile = testCase.mockTestCase !== undefined;
  return {
    definition: file.definition.value,
    cwd: folderOf(testFilePath),
    input: testCase.inputFile?.value,
    inputJson: inputOf(testCase),
    mocks: useMockFile ? file.mocks?.value : undefined,
    testCase: testCase.mockTestCase?.value,
    inlineMocks: testCase.mocks.length === 0 ? undefined : inlineMocksOf(testCase),
    inlineMocksName: testCase.name,
    stateMachineName: file.stateMachineName?.value,
    handlers: file.handlers?.value,
    itemsDir: file.itemsDir?.value,
  };
}

/** The inline input; `{}` when the case gives neither `input` nor `inputFile`. */
function inputOf(testCase: TestCase): Json | undefined {
  if (testCase.input !== undefined) return testCase.input.value;
  return testCase.inputFile === undefined ? {} : undefined;
}

function inlineMocksOf(testCase: TestCase): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const m of testCase.mocks) Object.defineProperty(out, m.state, { value: m.response, enumerable: true });
  return out;
}
