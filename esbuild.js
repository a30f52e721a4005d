// Build script: bundles the Node entry points (the CLI as several bundles: scripts/build/cliBundles.js)
// and the webview script with esbuild.
// Usage: node esbuild.js [--watch] [--production]
const esbuild = require('esbuild');
const { cliTargets, writeCodeCaches } = require('./scripts/build/cliBundles');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the shape of VS Code's esbuild problem matcher. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

// mainFields: jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
const node = {
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'silent',
  plugins: [problemMatcherPlugin],
};

const browser = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'silent',
};

const targets = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/debug/main.ts'], outfile: 'dist/debugAdapter.js' },
  { ...node, entryPoints: ['client/src/preview/layoutThread.ts'], outfile: 'dist/layoutThread.js' },
  {
    ...browser,
    plugins: [problemMatcherPlugin],
    entryPoints: ['media/src/main.ts'],
    outfile: 'media/dist/graph.js',
  },
];

async function main() {
  const cli = await cliTargets(node, require('./package.json').version);
  const contexts = await Promise.all([...targets, ...cli.targets].map((t) => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) process.exit(1);
  require('fs').chmodSync('dist/cli.js', 0o755);
  writeCodeCaches(cli.names);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
