// The Getting Started walkthrough's own command (package.json contributes.walkthroughs): copies
// the order-processing example (shipped in the vsix under examples/) with one misspelled Next
// target into the extension's storage and opens it, so a newcomer sees a diagnostic and its quick
// fix without touching the workspace. Knows the example's file names, no ASL rules.
import * as vscode from 'vscode';

export const OPEN_EXAMPLE_COMMAND = 'aslStudio.walkthrough.openExample';
const EXAMPLE = 'order-processing';
const FILES = [`${EXAMPLE}.asl.json`, `${EXAMPLE}.input.json`, `${EXAMPLE}.mocks.json`];
/** Copied too when the extension ships it: the example's `asl test` file (the walkthrough's last step). */
const OPTIONAL_FILES = [`${EXAMPLE}.asl.test.yaml`];
/** The walkthrough's typo: an undefined Next target, which the quick fix "Change to" corrects. */
const EXAMPLE_TYPO = { correct: '"Next": "ChargePayment"', misspelled: '"Next": "ChargePaymnet"' } as const;

async function copyExample(extensionUri: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(target);
  for (const name of FILES) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', name));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, name), withTypo(name, bytes));
  }
  for (const name of OPTIONAL_FILES) await copyIfShipped(vscode.Uri.joinPath(extensionUri, 'examples', name), target);
  return vscode.Uri.joinPath(target, FILES[0]);
}

async function copyIfShipped(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  const shipped = await vscode.workspace.fs.stat(source).then(
    () => true,
    () => false,
  );
  const name = source.path.slice(source.path.lastIndexOf('/') + 1);
  if (shipped) await vscode.workspace.fs.copy(source, vscode.Uri.joinPath(target, name), { overwrite: true });
}

function withTypo(name: string, bytes: Uint8Array): Uint8Array {
  if (!name.endsWith('.asl.json')) return bytes;
  const text = new TextDecoder().decode(bytes);
  if (!text.includes(EXAMPLE_TYPO.correct)) throw new Error(`${name} no longer has ${EXAMPLE_TYPO.correct}`);
  return new TextEncoder().encode(text.replace(EXAMPLE_TYPO.correct, EXAMPLE_TYPO.misspelled));
}

/** Opens a fresh copy each time (an earlier copy may already be fixed); returns its document. */
async function openExample(context: vscode.ExtensionContext): Promise<vscode.TextDocument> {
  const target = vscode.Uri.joinPath(context.globalStorageUri, 'walkthrough');
  const definition = await copyExample(context.extensionUri, target);
  const doc = await vscode.workspace.openTextDocument(definition);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable[] {
  return [vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, () => openExample(context))];
}
