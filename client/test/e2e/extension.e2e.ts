// Extension-host tests: run inside code-server's real Node extension host against the installed
// (packaged) extension, with client/test/fixtures as the workspace. They check activation, the
// language ids, the language server start, and the server's answers through VS Code's own APIs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { api, fixture, open } from './workspace';

suite('extension: activation, language server, settings', () => {
  test('opening an .asl.json file activates the extension with language asl-studio-json', async () => {
    const doc = await open('valid.asl.json');
    assert.equal(doc.languageId, 'asl-studio-json');
    await api();
  });

  test('the language server starts and reaches the running state', async () => {
    const ext = await api();
    await ext.whenServerReady();
    assert.equal(ext.serverState(), 'running');
  });

  test('.asl.yaml files get language asl-studio-yaml', async () => {
    const doc = await open('machine.asl.yaml');
    assert.equal(doc.languageId, 'asl-studio-yaml');
  });

  test('the commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    const ids = [
      'aslStudio.restartServer',
      'aslStudio.showServerOutput',
      'aslStudio.preview.open',
      'aslStudio.preview.openInCurrentColumn',
      'aslStudio.preview.showSource',
      'aslStudio.preview.fit',
      'aslStudio.preview.zoomIn',
      'aslStudio.preview.zoomOut',
      'aslStudio.preview.find',
      'aslStudio.preview.exportSvg',
      'aslStudio.preview.exportPng',
    ];
    for (const id of ids) assert.ok(all.includes(id), id);
  });

  test('a valid machine has no diagnostics', async () => {
    const doc = await open('valid.asl.json');
    const ext = await api();
    await ext.whenServerReady();
    // the server's report for this very version, not "nothing arrived yet"
    const reported = await ext.diagnosticsReceived(doc.uri, doc.version);
    assert.deepEqual(
      reported.map((d) => d.message),
      [],
    );
  });

  test('an undefined Next target is reported at its value', async () => {
    await open('broken.asl.json');
    const diags = await waitFor('a diagnostic', () => {
      const found = vscode.languages
        .getDiagnostics(fixture('broken.asl.json'))
        .filter((d) => d.message.includes('Shipp'));
      return found.length ? found : undefined;
    });
    assert.equal(diags[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diags[0].range.start.line, 6);
  });

  test('completion in an empty Next value lists the state names', async () => {
    await open('completion.asl.json');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      fixture('completion.asl.json'),
      new vscode.Position(6, 15),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['Second', 'Third'])
      assert.ok(
        labels.some((l) => l.includes(name)),
        `${name} in ${labels.join(', ')}`,
      );
  });

  test('go to definition on a Next value lands on the state', async () => {
    await open('valid.asl.json');
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      fixture('valid.asl.json'),
      new vscode.Position(6, 16),
    );
    assert.ok(result.length > 0, 'a definition');
    const first = result[0];
    const range = 'targetRange' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.equal(range.start.line, 8);
  });

  test('YAML: an undefined Next target is reported, and F12 on a reference finds the state', async () => {
    await open('broken.asl.yaml');
    const diags = await waitFor('a YAML diagnostic', () => {
      const found = vscode.languages
        .getDiagnostics(fixture('broken.asl.yaml'))
        .filter((d) => d.message.includes('Shipp'));
      return found.length ? found : undefined;
    });
    assert.equal(diags[0].range.start.line, 5);
    const doc = await open('machine.asl.yaml');
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      new vscode.Position(5, 11),
    );
    assert.ok(result.length > 0, 'a definition');
    const first = result[0];
    const range = 'targetRange' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.equal(range.start.line, 6);
  });

  test('the language status shows the server state, the query language and the state count', async () => {
    await open('valid.asl.json');
    const ext = await api();
    await ext.whenServerReady();
    const status = await waitFor('the document status', () => {
      const now = ext.languageStatus();
      return now.document === 'JSONPath · 3 states' ? now : undefined;
    });
    assert.match(status.server, /Server running/);
    await open('machine.asl.yaml');
    await waitFor('the YAML document status', () =>
      /^JSONPath · \d+ states?$/.test(ext.languageStatus().document) ? true : undefined,
    );
  });

  test('Restart Language Server brings the server back', async () => {
    await vscode.commands.executeCommand('aslStudio.restartServer');
    const ext = await api();
    await ext.whenServerReady();
    assert.equal(ext.serverState(), 'running');
    await waitFor('the running status', () => (/Server running/.test(ext.languageStatus().server) ? true : undefined));
  });

  // The stub extension client/test/toolkit-stub registers the AWS Toolkit's ids `asl` (*.asl) and
  // `asl-yaml` (*.asl-toolkit.yaml): documents in those languages are served too.
  for (const [file, languageId] of [
    ['toolkit.asl', 'asl'],
    ['toolkit.asl-toolkit.yaml', 'asl-yaml'],
  ] as const) {
    test(`a document in the Toolkit's language ${languageId} is served (diagnostics)`, async () => {
      const doc = await open(file);
      assert.equal(doc.languageId, languageId);
      await waitFor(`a diagnostic in ${file}`, () => {
        const found = vscode.languages.getDiagnostics(fixture(file)).filter((d) => d.message.includes('Shipp'));
        return found.length ? found : undefined;
      });
    });
  }

  test('turning aslStudio.serveToolkitLanguages off restarts the server without the Toolkit ids', async () => {
    const config = vscode.workspace.getConfiguration('aslStudio');
    await config.update('serveToolkitLanguages', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the restart', async () => {
        await (await api()).whenServerReady();
        return vscode.languages.getDiagnostics(fixture('toolkit.asl')).length === 0 ? true : undefined;
      });
      await open('toolkit.asl');
      await open('broken.asl.json'); // still served: proves the new server is up before we look
      await waitFor('broken.asl.json diagnostics', () =>
        vscode.languages.getDiagnostics(fixture('broken.asl.json')).length ? true : undefined,
      );
      assert.deepEqual(
        vscode.languages.getDiagnostics(fixture('toolkit.asl')).map((d) => d.message),
        [],
      );
    } finally {
      await config.update('serveToolkitLanguages', undefined, vscode.ConfigurationTarget.Global);
      await (await api()).whenServerReady();
    }
  });

  test('aslStudio.diagnostics.rules: a rule turned off leaves Problems, a level changes its severity', async () => {
    const config = vscode.workspace.getConfiguration('aslStudio');
    const shipp = () =>
      vscode.languages.getDiagnostics(fixture('broken.asl.json')).filter((d) => d.message.includes('Shipp'));
    await open('broken.asl.json');
    await waitFor('the undefined-state error', () => (shipp().length ? true : undefined));
    try {
      await config.update('diagnostics.rules', { 'undefined-state': 'off' }, vscode.ConfigurationTarget.Global);
      await waitFor('undefined-state to disappear', () => (shipp().length === 0 ? true : undefined));
      await config.update('diagnostics.rules', { 'undefined-state': 'warning' }, vscode.ConfigurationTarget.Global);
      await waitFor('undefined-state as a warning', () =>
        shipp()[0]?.severity === vscode.DiagnosticSeverity.Warning ? true : undefined,
      );
    } finally {
      await config.update('diagnostics.rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the error again', () =>
      shipp()[0]?.severity === vscode.DiagnosticSeverity.Error ? true : undefined,
    );
  });
});
