// Extension-host tests of the Getting Started walkthrough: every step's media ships in the
// extension (the vsix in code-server), every command its buttons name exists, and its first step
// opens an example whose misspelled Next target shows a diagnostic that the quick fix corrects.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { api, EXTENSION_ID } from './workspace';

interface WalkthroughStep {
  id: string;
  description: string;
  media: { markdown?: string; image?: string };
}

function walkthroughSteps(): { extension: vscode.Extension<unknown>; steps: WalkthroughStep[] } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const walkthroughs = extension.packageJSON.contributes?.walkthroughs as { steps: WalkthroughStep[] }[] | undefined;
  assert.equal(walkthroughs?.length, 1);
  return { extension, steps: walkthroughs[0].steps };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

suite('walkthrough', () => {
  test('every step has its media in the extension, images included, and names existing commands', async () => {
    const { extension, steps } = walkthroughSteps();
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      const media = vscode.Uri.joinPath(extension.extensionUri, step.media.markdown ?? step.media.image ?? '');
      assert.ok(await exists(media), `${step.id}: ${media.fsPath}`);
      const text = step.media.markdown ? new TextDecoder().decode(await vscode.workspace.fs.readFile(media)) : '';
      for (const [, image] of text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g))
        assert.ok(await exists(vscode.Uri.joinPath(media, '..', image)), `${step.id}: ${image}`);
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g))
        assert.ok(commands.has(command), `${step.id}: command ${command}`);
    }
  });

  test('Open the example shows the misspelled state as an error; the quick fix corrects it', async () => {
    await (await api()).whenServerReady();
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('aslStudio.walkthrough.openExample');
    assert.ok(doc.uri.path.endsWith('/walkthrough/order-processing.asl.json'), doc.uri.toString());
    const typo = await waitFor('the typo diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.message.includes('ChargePaymnet')),
    );
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      typo.range,
    );
    const fix = actions.find((a) => a.title === 'Change to "ChargePayment"');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor('no typo diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).some((d) => d.message.includes('ChargePaymnet')) ? undefined : true,
    );
    assert.deepEqual(
      vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error),
      [],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
