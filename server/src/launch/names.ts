/*
 * How each launch setting is called by the caller, so that launch errors speak the user's words:
 * `--test-case` on the command line, `"testCase"` in a launch configuration.
 */

export interface LaunchNames {
  readonly input: string;
  readonly inputJson: string;
  readonly mocks: string;
  readonly testCase: string;
  readonly stateMachineName: string;
  readonly handlers: string;
  readonly itemsDir: string;
  readonly resultDir: string;
  readonly maxTransitions: string;
  readonly seed: string;
}

export const CLI_NAMES: LaunchNames = {
  input: '--input',
  inputJson: '--input-json',
  mocks: '--mocks',
  testCase: '--test-case',
  stateMachineName: '--state-machine-name',
  handlers: '--handlers',
  itemsDir: '--items-dir',
  resultDir: '--result-dir',
  maxTransitions: '--max-transitions',
  seed: '--seed',
};

/** Launch configuration attribute names (server/src/debugProtocol.ts, AslLaunchArguments). */
export const LAUNCH_CONFIG_NAMES: LaunchNames = {
  input: '"input"',
  inputJson: '"inputJson"',
  mocks: '"mocks"',
  testCase: '"testCase"',
  stateMachineName: '"stateMachineName"',
  handlers: '"handlers"',
  itemsDir: '"itemsDir"',
  resultDir: '"resultDir"',
  maxTransitions: '"maxTransitions"',
  seed: '"seed"',
};

/** The keys of an `asl test` file (server/src/testing), for launch errors of a test case. */
export const TEST_FILE_NAMES: LaunchNames = {
  input: "'inputFile'",
  inputJson: "'input'",
  mocks: "'mocks'",
  testCase: "'mockTestCase'",
  stateMachineName: "'stateMachineName'",
  handlers: "'handlers'",
  itemsDir: "'itemsDir'",
  resultDir: "'resultDir'",
  maxTransitions: "'maxTransitions'",
  seed: "'seed'",
};
