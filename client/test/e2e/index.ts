// Entry loaded by the VS Code extension host as extensionTestsPath (the @vscode/test-electron
// contract): export run(): Promise<void>; a rejection makes the extension host exit with code 1.
import './extension.e2e';
import './preview.e2e';
import './debugger.e2e';
import './testing.e2e';
import { runAll } from './harness';

export async function run(): Promise<void> {
  const { failed } = await runAll();
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}
