// Entry loaded by the VS Code extension host as extensionTestsPath (the @vscode/test-electron
// contract: export run(): Promise<void>; a rejection makes the extension host exit with code 1).
// The same bundle (out/e2e/exthost/index.js) runs in code-server (scripts/e2e/exthost.mjs) and in
// Electron VS Code (scripts/test-electron.mjs). Mocha (TDD UI: suite/test) comes from node_modules.
import Mocha from 'mocha';

/** The suites, in order, loaded after mocha's pre-require defined suite/test (esbuild bundles them lazily). */
const SUITES = [
  () => import('./extension.e2e.js'),
  () => import('./preview.e2e.js'),
  () => import('./debugger.e2e.js'),
  () => import('./walkthrough.e2e.js'),
  () => import('./testing.e2e.js'),
];

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'client/test/e2e', mocha);
  for (const load of SUITES) await load();
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((failed) => {
      console.log(`exthost: ${runner.stats?.passes ?? 0} passed, ${failed} failed`); // scripts/e2e/exthost.mjs reads it
      resolve(failed);
    });
  });
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
