// Entry loaded by the VS Code extension host as extensionTestsPath (the @vscode/test-electron
// contract: export run(): Promise<void>; a rejection makes the extension host exit with code 1).
// The same bundle (out/e2e/exthost/index.js) runs in code-server (scripts/e2e/exthost.mjs) and in
// Electron VS Code (scripts/test-electron.mjs). Mocha (TDD UI: suite/test) comes from node_modules.
import Mocha from 'mocha';

/** The suites, in order. Each is loaded after mocha's pre-require, which defines suite/test (esbuild bundles them lazily). */
const SUITES = [() => require('./extension.e2e'), () => require('./preview.e2e'), () => require('./debugger.e2e')];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'client/test/e2e', mocha);
  for (const load of SUITES) load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0 } = runner.stats ?? {};
      console.log(`exthost: ${passes} passed, ${failures} failed`); // the line scripts/e2e/exthost.mjs reads
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
