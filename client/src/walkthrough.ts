// The Getting Started walkthrough's own command (package.json contributes.walkthroughs): copies
// the order-processing example (shipped in the vsix under examples/) with one misspelled Next
// target into the extension's storage and opens it, so a newcomer sees a diagnostic and its quick
// fix without touching the workspace. Knows the example's file names, no ASL rules.
import * as vscode from 'vscode';

export const OPEN_EXAMPLE_COMMAND = 'aslStudio.walkthrough.openExample';
const EXAMPLE = 'order-processing';
const FILES = [`${EXAMPLE}.asl.json`, `${EXAMPLE}.input.json`, `${EXAMPLE}.mocks.json`];
/** The walkthrough's typo: an undefined Next target, which the quick fix "Change to" corrects. */
export const EXAMPLE_TYPO = { correct: '"Next": "ChargePayment"', misspelled: '"Next": "ChargePaymnet"' } as const;

async function copyExample(extensionUri: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(target);
  for (const name of FILES) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', name));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, name), withTypo(name, bytes));
  }
  return vscode.Uri.joinPath(target, FILES[0]);
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
