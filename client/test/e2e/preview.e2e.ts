// Extension-host tests of the graph preview's panel manager (client/src/preview): opening, the
// graph following edits, the cursor, execution overlays (a Run overlay cleared by the next edit),
// follow-the-active-editor mode, and refusing non-ASL documents. They read the extension's test API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewSnapshot } from '../../src/preview/graphPreview';
import { waitFor } from './waitFor';
import { api, closePreviews, fixture, open, previewTabs } from './workspace';

async function previewOf(name: string, accept: (p: PreviewSnapshot) => boolean = () => true): Promise<PreviewSnapshot> {
  const uri = fixture(name).toString();
  const ext = await api();
  return waitFor(`a graph preview of ${name}`, () =>
    ext.graphPreviews().find((p) => p.uri === uri && p.stateNames.length > 0 && accept(p)),
  );
}

/** Replaces `from` by `to` in the document (the first occurrence) and waits for the edit. */
async function replace(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const offset = doc.getText().indexOf(from);
  assert.ok(offset >= 0, `${from} in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/** The column of the one preview tab, once VS Code's tab model shows it with `label`. */
async function previewTabColumn(label: string): Promise<vscode.ViewColumn> {
  return waitFor(`one preview tab labelled ${label}`, () => {
    const tabs = previewTabs();
    return tabs.length === 1 && tabs[0].label === label ? tabs[0].group.viewColumn : undefined;
  });
}

suite('graph preview', () => {
  test('Open Graph Preview opens a preview beside the editor with the states of the document', async () => {
    await (await api()).whenServerReady();
    await open('valid.asl.json', vscode.ViewColumn.One);
    await vscode.commands.executeCommand('aslStudio.preview.open');
    const preview = await previewOf('valid.asl.json');
    assert.deepEqual([...preview.stateNames].sort(), ['Done', 'Ship', 'Validate']);
    assert.equal(preview.follows, false);
    assert.equal(await previewTabColumn('Graph: valid.asl.json'), vscode.ViewColumn.Two);
  });

  test('opening it again reveals the same preview instead of a second one, moving it as asked', async () => {
    await open('valid.asl.json', vscode.ViewColumn.One);
    await vscode.commands.executeCommand('aslStudio.preview.open');
    assert.equal((await api()).graphPreviews().length, 1);
    assert.equal(await previewTabColumn('Graph: valid.asl.json'), vscode.ViewColumn.Two);
    await open('valid.asl.json', vscode.ViewColumn.One);
    await vscode.commands.executeCommand('aslStudio.preview.openInCurrentColumn');
    await waitFor('the preview in column one', () => (previewTabs()[0]?.group.viewColumn === 1 ? true : undefined));
    await open('valid.asl.json', vscode.ViewColumn.One); // the preview is now hidden behind the editor
    await vscode.commands.executeCommand('aslStudio.preview.open');
    await waitFor('the preview beside again', () => (previewTabs()[0]?.group.viewColumn === 2 ? true : undefined));
    assert.equal((await api()).graphPreviews().length, 1);
  });

  test('the graph follows the text: a renamed state shows up after the edit', async () => {
    const doc = await open('valid.asl.json', vscode.ViewColumn.One);
    const before = await previewOf('valid.asl.json');
    await replace(doc, '"Done": {', '"Finished": {');
    try {
      const after = await previewOf('valid.asl.json', (p) => p.stateNames.includes('Finished'));
      assert.notEqual(after.hash, before.hash);
      assert.ok(!after.stateNames.includes('Done'));
    } finally {
      await replace(doc, '"Finished": {', '"Done": {');
    }
    await previewOf('valid.asl.json', (p) => p.stateNames.includes('Done'));
  });

  test('moving the cursor into a state posts that state', async () => {
    await open('valid.asl.json', vscode.ViewColumn.One);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(9, 8, 9, 8); // "Type": "Pass" of Ship
    await previewOf('valid.asl.json', (p) => p.cursorStateId === 'root/Ship');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await previewOf('valid.asl.json', (p) => p.cursorStateId === undefined);
  });

  test('a Run overlay reaches the preview of its definition and the next edit clears it', async () => {
    const ext = await api();
    const doc = await open('valid.asl.json', vscode.ViewColumn.One);
    const definitionPath = fixture('valid.asl.json').fsPath;
    ext.executionBus.publish({ definitionPath, source: 'run', status: 'SUCCEEDED', states: [], current: [], path: [] });
    await previewOf('valid.asl.json', (p) => p.overlaySource === 'run');
    await replace(doc, 'e2e fixture', 'e2e  fixture');
    try {
      await previewOf('valid.asl.json', (p) => p.overlaySource === undefined);
      assert.equal(ext.executionBus.overlayFor(definitionPath), undefined);
    } finally {
      await replace(doc, 'e2e  fixture', 'e2e fixture');
    }
  });

  test('a debug overlay stays through edits until its publisher clears it', async () => {
    const ext = await api();
    const doc = await open('valid.asl.json', vscode.ViewColumn.One);
    const definitionPath = fixture('valid.asl.json').fsPath;
    ext.executionBus.publish({
      definitionPath,
      source: 'debug',
      status: 'RUNNING',
      states: [],
      current: ['Ship'],
      path: [],
    });
    await previewOf('valid.asl.json', (p) => p.overlaySource === 'debug');
    await replace(doc, 'e2e fixture', 'e2e  fixture');
    await replace(doc, 'e2e  fixture', 'e2e fixture');
    assert.equal(ext.executionBus.overlayFor(definitionPath)?.source, 'debug');
    ext.executionBus.clear(definitionPath);
    await previewOf('valid.asl.json', (p) => p.overlaySource === undefined);
    await closePreviews();
  });

  test('followActiveEditor: one preview that shows the document of the active editor', async () => {
    const config = vscode.workspace.getConfiguration('aslStudio');
    await config.update('preview.mode', 'followActiveEditor', vscode.ConfigurationTarget.Global);
    try {
      await open('valid.asl.json', vscode.ViewColumn.One);
      await vscode.commands.executeCommand('aslStudio.preview.open');
      assert.equal((await previewOf('valid.asl.json')).follows, true);
      await open('machine.asl.yaml', vscode.ViewColumn.One);
      const yaml = await previewOf('machine.asl.yaml');
      assert.deepEqual([...yaml.stateNames].sort(), ['Done', 'Validate']);
      assert.equal((await api()).graphPreviews().length, 1);
      await previewTabColumn('Graph: machine.asl.yaml');
    } finally {
      await config.update('preview.mode', undefined, vscode.ConfigurationTarget.Global);
      await closePreviews();
    }
  });

  test('a document that is not ASL gets no preview', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a state machine' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('aslStudio.preview.open');
    assert.equal((await api()).graphPreviews().length, 0);
    assert.equal(previewTabs().length, 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
