/*
 * Which inputs and mock test cases sit beside a definition (`<name>.input.json`,
 * `<name>.<label>.input.json`, `<name>.mocks.json`), for launch configurations and the Run / Debug
 * code lenses. Pure: the folder listing and the file reader are injected; the mock file's shape is
 * read by interpreter/mocks.ts, the one module that knows it.
 */
import { defaultStateMachineName, mockTestCases } from '../interpreter/mocks';
import type { Json } from '../interpreter/value';
import type { LaunchCandidates, MockFileCandidate } from '../protocol';

export interface SiblingFiles {
  /** Names of the entries of the definition's folder. */
  readonly names: readonly string[];
  /** Reads a file of that folder by name; throws when it cannot. */
  read(name: string): string;
}

export function launchCandidates(definitionPath: string, siblings: SiblingFiles): LaunchCandidates {
  const cut = Math.max(definitionPath.lastIndexOf('/'), definitionPath.lastIndexOf('\\'));
  const folder = definitionPath.slice(0, cut + 1);
  const stateMachineName = defaultStateMachineName(definitionPath);
  const inputs = inputNames(stateMachineName, siblings.names).map((n) => folder + n);
  const mockName = `${stateMachineName}.mocks.json`;
  if (!siblings.names.includes(mockName)) return { stateMachineName, inputs };
  return { stateMachineName, inputs, mocks: mockCandidate(folder + mockName, mockName, stateMachineName, siblings) };
}

/** `<name>.input.json` first, then `<name>.<label>.input.json` by label. */
function inputNames(stateMachineName: string, names: readonly string[]): string[] {
  const plain = `${stateMachineName}.input.json`;
  const labelled = names
    .filter((n) => n !== plain && n.startsWith(`${stateMachineName}.`) && n.endsWith('.input.json'))
    .filter((n) => !n.slice(stateMachineName.length + 1, -'.input.json'.length).includes('.'))
    .sort();
  return names.includes(plain) ? [plain, ...labelled] : labelled;
}

function mockCandidate(
  path: string,
  name: string,
  stateMachineName: string,
  siblings: SiblingFiles,
): MockFileCandidate {
  let config: Json;
  try {
    config = JSON.parse(siblings.read(name)) as Json;
  } catch (error) {
    return {
      path,
      testCases: [],
      problem: `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const testCases = mockTestCases(config, stateMachineName);
  if (typeof testCases === 'string') return { path, testCases: [], problem: `${name}: ${testCases}` };
  return { path, testCases };
}
