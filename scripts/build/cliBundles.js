// The CLI's esbuild targets: a tiny dispatcher (dist/cli.js) that requires one bundle per command
// (dist/cli/<name>.js) when that command runs, and libraries that only some inputs need (YAML
// files, JSONata, regex filters, SVG layout) as their own bundles (dist/cli/lib/<name>.js), loaded
// the first time one of their exports is read. Why: ARCHITECTURE.md, "Decisions" (a CLI that starts fast).
const esbuild = require('esbuild');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const CLI_MAIN = path.resolve('server/src/cli/main.ts');
const CODE_CACHE_LOADER = path.resolve('server/src/cli/codeCache.ts');
const CJS_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
const LAZY_LIBRARIES = { yaml: 'yaml', jsonata: 'jsonata', re2js: 're2js', elk: 'elkjs/lib/elk.bundled.js' };
/**
 * Our own modules that only some inputs need, loaded like the libraries: YAML text, --overlay-json,
 * a `${...}` placeholder (SAM template search), JSONata text. Each bundle holds its own COPY of the
 * non-lazy modules it imports, so a module qualifies only when none of those copies is compared by
 * identity: no `instanceof` of their classes (e.g. interpreter/failure.ts's Failure, which rules out
 * the interpreter's JSONata, Map and filter modules), no state that must be shared. It reaches the
 * other lazy modules and the libraries through their stand-ins. startup.test.ts checks what loads.
 */
const LAZY_MODULES = {
  yamlTree: 'server/src/asl/parseYaml.ts',
  overlay: 'server/src/launch/overlay.ts',
  samTemplate: 'server/src/asl/samTemplate.ts',
  templateSearch: 'server/src/asl/templateDiscovery.ts',
  jsonataSpec: 'server/src/asl/spec/jsonata.ts',
  jsonataCheck: 'server/src/service/diagnostics/support/jsonataFast.ts',
};

/**
 * Turns main.ts's `import('./<name>.js')` into a load of dist/cli/<name>.js through the code cache
 * (server/src/cli/codeCache.ts); collects the names.
 */
function commandBundlesPlugin(names) {
  return {
    name: 'cli-command-bundles',
    setup(build) {
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
        if (args.importer !== CLI_MAIN || args.kind !== 'dynamic-import') return undefined;
        const name = args.path.slice(2, -'.js'.length);
        names.add(name);
        return { path: name, namespace: 'cli-command' };
      });
      build.onLoad({ filter: /.*/, namespace: 'cli-command' }, (args) => ({
        contents: [
          `const { requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE_LOADER)});`,
          `module.exports = requireWithCodeCache(require('path').join(__dirname, 'cli', ${JSON.stringify(`${args.path}.js`)}));`,
        ].join('\n'),
        loader: 'js',
        resolveDir: path.dirname(CLI_MAIN),
      }));
    },
  };
}

/**
 * Wraps each command bundle in the function Node's CommonJS loader would wrap it in (on its first
 * line, so the source map's lines hold) and appends `//# aslBundleKey=<hash>`: codeCache.ts compiles
 * a keyed bundle as it is, with no wrapped copy of 0.5 MB of text to allocate (page faults cost
 * start-up more than copying), and uses a cache only when it was written for this key (V8 itself
 * checks only the source's length).
 */
const bundleKeyPlugin = {
  name: 'cli-bundle-key',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      for (const file of commandFiles()) {
        const text = `${CJS_WRAPPER} ${asciiComments(fs.readFileSync(file, 'utf8'))}\n});`;
        const key = crypto.createHash('sha256').update(text).digest('hex').slice(0, 32);
        fs.writeFileSync(file, `${text}\n//# aslBundleKey=${key}\n`);
      }
    });
  },
};

/**
 * esbuild escapes non-ASCII characters in code (its default `charset: 'ascii'`) but keeps comments
 * as written: one `→` in a comment makes Node read the whole bundle as a two-byte string (~3 ms CPU
 * for run.js at start-up). Each non-ASCII character of a comment-only line becomes `?` (a
 * character per UTF-16 unit, so the source map's columns still hold); other lines are left alone.
 */
function asciiComments(text) {
  return text.replace(/^[ \t]*(?:\/\/|\/\*|\*).*[\u0080-\uffff].*$/gm, (line) => line.replace(/[\u0080-\uffff]/g, '?'));
}

/**
 * jsonc-parser's string-intern.js builds ~240 KB of indentation strings when loaded, for its
 * formatter only; it has no other effect, so a bundle that does not format drops it (~3 ms of start-up).
 */
const pureModulesPlugin = {
  name: 'cli-pure-modules',
  setup(build) {
    build.onResolve({ filter: /[\\/]string-intern(\.js)?$/ }, async (args) => {
      if (!/[\\/]jsonc-parser[\\/]/.test(args.importer) || args.pluginData === 'pure') return undefined;
      const found = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'pure',
      });
      return { ...found, sideEffects: false };
    });
  },
};

function commandFiles() {
  return fs
    .readdirSync('dist/cli')
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join('dist/cli', f));
}

/**
 * What the build runs of each command to write its code cache (other commands: `--help`). The cache
 * is written when the process exits, so it holds every function the run compiled: a later run of a
 * JSON machine deserializes parse, rules and interpreter instead of compiling them on first call.
 */
const WARM_UP_MACHINE = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
const WARM_UP_TEST = {
  definition: 'machine.asl.json',
  cases: { Passes: { input: {}, expect: { status: 'SUCCEEDED' } } },
};
const WARM_UP_ARGS = {
  run: ['run', 'machine.asl.json'],
  validate: ['validate', 'machine.asl.json'],
  graph: ['graph', 'machine.asl.json'],
  test: ['test', 'machine.asl.test.json'],
};

/**
 * Writes dist/cli/<name>.js.cache for every command: runs the built CLI once per command with
 * ASL_CODE_CACHE=write, so the cache comes from the very loader and Node flags that read it.
 */
function writeCodeCaches(names) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-code-cache-'));
  try {
    fs.writeFileSync(path.join(folder, 'machine.asl.json'), JSON.stringify(WARM_UP_MACHINE));
    fs.writeFileSync(path.join(folder, 'machine.asl.test.json'), JSON.stringify(WARM_UP_TEST));
    for (const name of names) writeCodeCache(name, folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function writeCodeCache(name, folder) {
  const env = { ...process.env, ASL_CODE_CACHE: 'write' };
  const args = [path.resolve('dist/cli.js'), ...(WARM_UP_ARGS[name] ?? [name, '--help'])];
  const child = spawnSync(process.execPath, args, { cwd: folder, encoding: 'utf8', env });
  if (
    child.status !== 0 ||
    !child.stderr.includes(`asl: code cache written: ${path.resolve('dist/cli', `${name}.js`)}`)
  )
    throw new Error(`no code cache written for dist/cli/${name}.js (exit ${child.status}): ${child.stderr}`);
}

/**
 * Replaces each lazy library and lazy module by a stand-in whose exports are getters that require
 * its own bundle (`${folder}<name>.js`) on first read. esbuild reads an import's bindings at each use
 * (`import_yaml.parse`), so a command loads the library only when it first calls it. `shapes` holds
 * each one's export names as an importer sees them (`default` is the module itself for CommonJS).
 */
function lazyLibrariesPlugin(shapes, folder) {
  const byImport = new Map(Object.entries(LAZY_LIBRARIES).map(([name, spec]) => [spec, name]));
  const byFile = new Map(Object.entries(LAZY_MODULES).map(([name, file]) => [path.resolve(file), name]));
  return {
    name: 'cli-lazy-libraries',
    setup(build) {
      build.onResolve({ filter: /^[\w@]/ }, (args) => {
        const name = byImport.get(args.path);
        return name === undefined ? undefined : { path: name, namespace: 'lazy-library' };
      });
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point' || args.namespace !== 'file') return undefined;
        const name = byFile.get(`${path.resolve(args.resolveDir, args.path)}.ts`);
        return name === undefined ? undefined : { path: name, namespace: 'lazy-library' };
      });
      build.onResolve({ filter: /^\.\//, namespace: 'lazy-library' }, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
        contents: standIn(`${folder}${args.path}.js`, shapes[args.path]),
        loader: 'js',
      }));
    },
  };
}

function standIn(file, shape) {
  const getters = shape.keys.map((key) => {
    const read = key === 'default' && !shape.esModule ? 'load()' : `load()[${JSON.stringify(key)}]`;
    return `Object.defineProperty(exports, ${JSON.stringify(key)}, { enumerable: true, get: () => ${read} });`;
  });
  return [
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify(file)}));`,
    "Object.defineProperty(exports, '__esModule', { value: true });",
    ...getters,
  ].join('\n');
}

/** What an importer of the built library bundle sees: its export names, and whether it is an ES module. */
function shapeOf(file) {
  const absolute = path.resolve(file);
  delete require.cache[absolute];
  const real = require(absolute);
  const esModule = Boolean(real && real.__esModule);
  const keys = Object.keys(real).filter((key) => key !== '__esModule');
  return { esModule, keys: esModule || keys.includes('default') ? keys : [...keys, 'default'] };
}

/** Each lazy module's export names, as esbuild sees them in the TypeScript source (types excluded). */
async function moduleShapes() {
  const result = await esbuild.build({
    entryPoints: entries('', LAZY_MODULES),
    outdir: 'dist',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const byEntry = Object.values(result.metafile.outputs).map((out) => [out.entryPoint, out.exports]);
  const exportsOf = new Map(byEntry.map(([entry, keys]) => [path.resolve(entry), keys]));
  return Object.fromEntries(
    Object.entries(LAZY_MODULES).map(([name, file]) => [
      name,
      { esModule: true, keys: exportsOf.get(path.resolve(file)) },
    ]),
  );
}

/** The commands main.ts loads lazily, found by bundling it once without writing. */
async function commandNames(node) {
  const names = new Set();
  await esbuild.build({
    ...node,
    entryPoints: [CLI_MAIN],
    outfile: 'dist/cli.js',
    write: false,
    plugins: [commandBundlesPlugin(names)],
  });
  return [...names].sort();
}

/**
 * dist/package.json: Node looks for the nearest package.json of dist/cli.js (for its "type") and
 * would otherwise read and parse the extension's 30 KB manifest on every `asl` start (~140 page faults).
 */
function writeDistPackageJson() {
  fs.mkdirSync('dist', { recursive: true });
  fs.writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs', private: true })}\n`);
}

/** Deletes bundles (and maps) under dist/cli/lib/ that no list names any more: the vsix ships the folder. */
function removeStaleLazyBundles() {
  const folder = 'dist/cli/lib';
  if (!fs.existsSync(folder)) return;
  const names = new Set([...Object.keys(LAZY_LIBRARIES), ...Object.keys(LAZY_MODULES)]);
  for (const file of fs.readdirSync(folder)) {
    if (!names.has(file.replace(/\.js(\.map)?$/, ''))) fs.rmSync(path.join(folder, file));
  }
}

/** Builds the lazy libraries' bundles (they are not watched); returns the CLI's targets and command names. */
async function cliTargets(node, version) {
  writeDistPackageJson();
  removeStaleLazyBundles();
  const libraries = { ...node, entryPoints: entries('cli/lib/', LAZY_LIBRARIES), outdir: 'dist' };
  await esbuild.build({ ...libraries, sourcemap: false });
  const shapes = Object.fromEntries(Object.keys(LAZY_LIBRARIES).map((n) => [n, shapeOf(`dist/cli/lib/${n}.js`)]));
  Object.assign(shapes, await moduleShapes());
  const modules = {
    ...node,
    entryPoints: entries('cli/lib/', LAZY_MODULES),
    outdir: 'dist',
    plugins: [...node.plugins, lazyLibrariesPlugin(shapes, './'), pureModulesPlugin],
  };
  const names = await commandNames(node);
  const sources = Object.fromEntries(names.map((name) => [name, `server/src/cli/${name}.ts`]));
  const dispatcher = {
    ...node,
    entryPoints: [CLI_MAIN],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { __ASL_VERSION__: JSON.stringify(version) },
    supported: { 'dynamic-import': false },
    plugins: [...node.plugins, commandBundlesPlugin(new Set())],
  };
  const commands = {
    ...node,
    entryPoints: entries('cli/', sources),
    outdir: 'dist',
    plugins: [...node.plugins, lazyLibrariesPlugin(shapes, './lib/'), pureModulesPlugin, bundleKeyPlugin],
  };
  return { targets: [dispatcher, commands, modules], names };
}

function entries(prefix, sources) {
  return Object.fromEntries(Object.entries(sources).map(([name, source]) => [prefix + name, source]));
}

module.exports = { cliTargets, writeCodeCaches };
