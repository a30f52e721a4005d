// Wires `asl test` into VS Code's Testing view: the TestController with its tree of test files and
// cases, the Run, Coverage and Debug profiles, and the coverage view (state lenses, unreached
// states on the graph preview). Constructs and registers only; behaviour lives in the modules named.
import * as vscode from 'vscode';
import { ASL_DEBUG_TYPE } from '../../../server/src/debugProtocol';
import { documentSelector } from '../languages';
import { CoverageView, type UncoveredSink } from './coverageView';
import { detailedCoverage, runTests } from './testRun';
import { TestTree, type OutlineServer } from './testTree';

export const TEST_CONTROLLER_ID = 'aslStudio.tests';

export interface TestingDeps {
  readonly server: OutlineServer;
  readonly graph: UncoveredSink;
  readonly log: vscode.LogOutputChannel;
}

export interface Testing {
  readonly controller: vscode.TestController;
  readonly tree: TestTree;
  readonly coverage: CoverageView;
  readonly disposables: vscode.Disposable[];
}

export function registerTesting(context: vscode.ExtensionContext, deps: TestingDeps): Testing {
  const controller = vscode.tests.createTestController(TEST_CONTROLLER_ID, 'ASL State Machine Tests');
  const tree = new TestTree(controller, deps.server, deps.log);
  const coverage = new CoverageView(deps.graph);
  const run = {
    controller,
    cliPath: context.asAbsolutePath('dist/cli.js'),
    onCoverage: (c: Parameters<CoverageView['show']>[0]) => coverage.show(c),
  };
  const kinds = vscode.TestRunProfileKind;
  controller.createRunProfile('Run', kinds.Run, (request, token) => runTests(run, request, token, false), true);
  const withCoverage = controller.createRunProfile(
    'Run with Coverage',
    kinds.Coverage,
    (request, token) => runTests(run, request, token, true),
    true,
  );
  withCoverage.loadDetailedCoverage = (_run, file) => Promise.resolve(detailedCoverage(file));
  controller.createRunProfile('Debug', kinds.Debug, (request) => debugTest(tree, request, deps.log), true);
  controller.refreshHandler = () => tree.discover();
  const lenses = vscode.languages.registerCodeLensProvider(
    documentSelector(true).filter((s) => s.scheme === 'file'),
    coverage,
  );
  return { controller, tree, coverage, disposables: [controller, tree, coverage, lenses] };
}

/** Starts the `asl` debugger on one case: its input and mocks come from the test file (`test` launch attribute). */
async function debugTest(tree: TestTree, request: vscode.TestRunRequest, log: vscode.LogOutputChannel): Promise<void> {
  const chosen = request.include?.[0];
  const item = chosen?.parent === undefined ? firstChild(chosen) : chosen;
  const file = item?.parent;
  if (item === undefined || file?.uri === undefined) {
    await vscode.window.showInformationMessage('ASL Studio: choose a test case to debug.');
    return;
  }
  if ((request.include?.length ?? 0) > 1 || chosen !== item)
    log.info(`Debug Test debugs one case at a time: '${item.id}'.`);
  const config = {
    type: ASL_DEBUG_TYPE,
    request: 'launch',
    name: `Debug test: ${item.id}`,
    definition: tree.definitionOf(file) ?? '',
    test: { file: file.uri.fsPath, case: item.id },
    stopOnEntry: true,
  };
  const started = await vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(file.uri), config);
  if (!started) log.warn(`Debug Test: the debugger did not start for '${item.id}'.`);
}

function firstChild(item: vscode.TestItem | undefined): vscode.TestItem | undefined {
  if (item === undefined) return undefined;
  for (const [, child] of item.children) return child;
  return undefined;
}
