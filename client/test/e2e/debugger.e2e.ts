// Extension-host tests of the step debugger's client half, against the installed extension and the
// order-processing fixture (a copy of examples/, with its input and mock file beside it): commands,
// Run / Debug code lenses, Run State Machine's overlay, a debug session's overlays on the
// ExecutionBus (live at a breakpoint, cleared at the end), and the resolver's refusals.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AslStudioApi } from '../../src/extension';
import { waitFor } from './waitFor';
import { closePreviews } from './workspace';

const EXTENSION_ID = 'asl-studio.asl-studio';
const MACHINE = 'order-processing.asl.json';
/** 0-based line of `"ChargePayment": {` in the fixture. */
const CHARGE_PAYMENT_LINE = 46;

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder must be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function api(): Promise<AslStudioApi> {
  const ext = vscode.extensions.getExtension<AslStudioApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const exports = await waitFor('activation', () => (ext.isActive ? ext.exports : undefined));
  await exports.whenServerReady();
  return exports;
}

suite('debugger', () => {
  test('the debugger commands are registered', async () => {
    await open(MACHINE);
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const id of [
      'aslStudio.runStateMachine',
      'aslStudio.debugStateMachine',
      'aslStudio.sendTaskSuccess',
      'aslStudio.sendTaskFailure',
      'aslStudio.sendTaskHeartbeat',
    ])
      assert.ok(all.includes(id), id);
  });

  test('Run | Debug code lenses sit above StartAt, one pair per mock test case', async () => {
    await open(MACHINE);
    await api();
    const lenses = await waitFor('code lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        fixture(MACHINE),
      );
      return found.some((l) => l.command?.title.includes('HappyPath')) ? found : undefined;
    });
    const ours = lenses.filter((l) => l.command?.command.startsWith('aslStudio.'));
    assert.deepEqual(
      ours.map((l) => l.command?.title),
      [
        '$(play) Run HappyPath',
        '$(debug-alt) Debug HappyPath',
        '$(play) Run PaymentDeclined',
        '$(debug-alt) Debug PaymentDeclined',
        '$(play) Run ValidationServiceDown',
        '$(debug-alt) Debug ValidationServiceDown',
      ],
    );
    assert.ok(
      ours.every((l) => l.range.start.line === 2),
      'on the StartAt line',
    );
    assert.deepEqual(ours[0].command?.arguments?.[1], 'HappyPath');
  });

  test('Run State Machine publishes the run overlay; an edit clears it', async () => {
    const doc = await open(MACHINE);
    const ext = await api();
    await vscode.commands.executeCommand('aslStudio.runStateMachine', doc.uri, 'HappyPath');
    const overlay = ext.executionOverlay(doc.uri.fsPath);
    assert.ok(overlay, 'an overlay after the run');
    assert.equal(overlay.source, 'run');
    assert.equal(overlay.status, 'SUCCEEDED');
    assert.deepEqual(overlay.path, ['ValidateOrder', 'IsOrderValid', 'ChargePayment', 'ShipOrder', 'OrderCompleted']);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 1), ' ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      assert.equal(ext.executionOverlay(doc.uri.fsPath), undefined);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('a debug session stops at a breakpoint, publishes a debug overlay to the graph preview, and clears it at the end', async () => {
    const doc = await open(MACHINE);
    const ext = await api();
    // the adapter sends overlays only while a graph preview shows the definition
    await vscode.commands.executeCommand('aslStudio.preview.open');
    await waitFor('the graph preview', () => (ext.graphPreviews().length === 1 ? true : undefined));
    const breakpoint = new vscode.SourceBreakpoint(
      new vscode.Location(doc.uri, new vscode.Position(CHARGE_PAYMENT_LINE, 4)),
    );
    vscode.debug.addBreakpoints([breakpoint]);
    try {
      const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
        type: 'asl',
        request: 'launch',
        name: 'e2e HappyPath',
        definition: doc.uri.fsPath,
        input: fixture('order-processing.input.json').fsPath,
        mocks: fixture('order-processing.mocks.json').fsPath,
        testCase: 'HappyPath',
      });
      assert.equal(started, true, 'the session starts');
      const overlay = await waitFor('the overlay at the breakpoint', () => {
        const o = ext.executionOverlay(doc.uri.fsPath);
        return o?.source === 'debug' && o.current.includes('ChargePayment') ? o : undefined;
      });
      assert.equal(overlay.status, 'RUNNING');
      const session = vscode.debug.activeDebugSession;
      assert.equal(session?.type, 'asl');
      await vscode.debug.stopDebugging(session);
      await waitFor('the overlay to be cleared', () =>
        ext.executionOverlay(doc.uri.fsPath) === undefined ? true : undefined,
      );
    } finally {
      vscode.debug.removeBreakpoints([breakpoint]);
      await closePreviews();
    }
  });

  test('a configuration without "definition" debugs the active ASL file', async () => {
    const doc = await open(MACHINE);
    await api();
    const ended = new Promise<void>((resolve) => {
      const sub = vscode.debug.onDidTerminateDebugSession(() => {
        sub.dispose();
        resolve();
      });
    });
    const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
      type: 'asl',
      request: 'launch',
      name: 'active file',
      stopOnEntry: true,
    });
    assert.equal(started, true, 'the session starts');
    const session = vscode.debug.activeDebugSession;
    assert.equal(session?.configuration.definition, doc.uri.fsPath);
    await vscode.debug.stopDebugging(session);
    await ended;
  });

  test('a launch with no ASL definition is refused (startDebugging returns false, no session)', async () => {
    await open(MACHINE);
    await api();
    const notAsl = fixture('order-processing.input.json').fsPath;
    const started = await vscode.debug.startDebugging(undefined, {
      type: 'asl',
      request: 'launch',
      name: 'not ASL',
      definition: notAsl,
    });
    assert.equal(started, false);
    const missing = await vscode.debug.startDebugging(undefined, {
      type: 'asl',
      request: 'launch',
      name: 'missing',
      definition: fixture('nowhere.asl.json').fsPath,
    });
    assert.equal(missing, false);
    assert.equal(vscode.debug.activeDebugSession, undefined);
  });
});
