// Extension-host tests of the Testing view: the TestController lists the workspace's test files
// (the fixture and the examples' own) with their cases at their names; "Run with Coverage" runs
// them through `asl test` and the definition gets its state coverage (code lenses over its states).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { api, fixture, open } from './workspace';

const TEST_FILE = 'orders.asl.test.yaml';
const DEFINITION = 'order-processing.asl.json';

function children(item: vscode.TestItem): vscode.TestItem[] {
  const out: vscode.TestItem[] = [];
  item.children.forEach((c) => out.push(c));
  return out;
}

async function fileItems(): Promise<vscode.TestItem[]> {
  const exports = await api();
  await exports.whenServerReady();
  await vscode.commands.executeCommand('testing.refreshTests');
  return waitFor('test files with their cases', () => {
    const items: vscode.TestItem[] = [];
    exports.testController.items.forEach((i) => items.push(i));
    const ours = items.find((i) => i.uri?.toString() === fixture(TEST_FILE).toString());
    return ours !== undefined && ours.children.size > 0 ? items : undefined;
  });
}

suite('Testing view', () => {
  test('the Testing view lists the test files of the workspace and their cases', async () => {
    const items = await fileItems();
    const ours = items.find((i) => i.uri?.toString() === fixture(TEST_FILE).toString());
    assert.ok(ours);
    assert.deepEqual(
      children(ours).map((c) => [c.label, c.range?.start.line, c.description]),
      [
        ['Happy path', 5, undefined],
        ['Invalid order', 11, undefined],
        ['Later', 19, 'skipped'],
      ],
    );
    const examples = items.filter((i) => i.uri?.path.includes('/examples/'));
    for (const file of examples) assert.ok(file.children.size > 0, `${file.label} lists its cases`);
  });

  test('Run with Coverage runs the cases with asl test and shows state coverage on the definition', async () => {
    await fileItems();
    const exports = await api();
    const definition = fixture(DEFINITION).fsPath;
    await vscode.commands.executeCommand('testing.coverageAll');
    const coverage = await waitFor('coverage of order-processing', () => exports.testCoverage(definition), 60_000);
    const hits = new Map(coverage.items.filter((i) => i.kind === 'state').map((i) => [i.state, i.hits]));
    assert.ok((hits.get('ValidateOrder') ?? 0) >= 2, JSON.stringify([...hits]));
    assert.ok((hits.get('RejectOrder') ?? 0) >= 1, JSON.stringify([...hits]));
    await open(DEFINITION);
    const lenses = await waitFor('coverage lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        fixture(DEFINITION),
      );
      const ours = found.filter(
        (l) => l.command?.title.includes('by tests') || l.command?.title.includes('by any test'),
      );
      return ours.length > 0 ? ours : undefined;
    });
    assert.ok(
      lenses.some((l) => l.command?.title.includes('reached')),
      JSON.stringify(lenses.map((l) => l.command?.title)),
    );
  });
});
