// dependency-cruiser (`npm run check`): the runtime boundaries and layer direction of ARCHITECTURE.md
// ("What is enforced, and how"), checked on the resolved import graph, type-only imports included.
// Each rule names the folders it guards; the allow-lists say where each layer may import from.
/** @type {import('dependency-cruiser').IConfiguration} */

const src = 'server/src';
const pureLayers = `^${src}/(asl|service|interpreter|graph)/`;

/** A layer may import only its own folder, the folders listed, and npm packages. */
function layer(name, folder, allowed, comment) {
  const mayImport = [folder, ...allowed].map((f) => `^${f}`).join('|');
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^${folder}` },
    to: { path: '^(server|client|media|scripts)/', pathNot: mayImport },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'vscode-only-in-client',
      comment: 'Only client/ may import vscode: server/ is plain Node and media/ runs in the browser.',
      severity: 'error',
      from: { pathNot: '^client/' },
      to: { path: '^vscode$' },
    },
    {
      name: 'pure-layers-no-node',
      comment: 'asl/, service/, interpreter/ and graph/ are pure: no Node modules (fs, crypto, path, ...). Inject I/O.',
      severity: 'error',
      from: { path: pureLayers },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-layers-no-lsp-connection',
      comment: 'LSP connection code (vscode-languageserver, vscode-jsonrpc) belongs in server/src/lsp only.',
      severity: 'error',
      from: { path: pureLayers },
      to: { path: 'node_modules/(vscode-languageserver|vscode-jsonrpc)/' },
    },
    layer(
      'asl-imports-only-asl',
      `${src}/asl/`,
      [],
      'The document model is the bottom layer: it imports nothing of ours.',
    ),
    layer(
      'service-imports-asl',
      `${src}/service/`,
      [`${src}/asl/`, `${src}/graph/`, `${src}/protocol\\.ts$`, `${src}/testProtocol\\.ts$`],
      'asl ← service: features read the model (and the pure layout) and return the types of protocol.ts.',
    ),
    layer(
      'lsp-imports-service',
      `${src}/lsp/`,
      [
        `${src}/asl/`,
        `${src}/service/`,
        `${src}/launch/`,
        `${src}/testing/`,
        `${src}/protocol\\.ts$`,
        `${src}/testProtocol\\.ts$`,
      ],
      'asl ← service ← lsp: the LSP glue calls the service (and launch support, for the files beside a definition).',
    ),
    layer('interpreter-imports-asl', `${src}/interpreter/`, [`${src}/asl/`], 'The interpreter reads the model only.'),
    layer(
      'graph-imports-asl',
      `${src}/graph/`,
      [`${src}/asl/`, `${src}/protocol\\.ts$`],
      'The graph layout is pure: it reads the model and produces the types of protocol.ts.',
    ),
    layer(
      'cli-imports-pure-layers',
      `${src}/cli/`,
      [
        `${src}/asl/`,
        `${src}/service/`,
        `${src}/interpreter/`,
        `${src}/graph/`,
        `${src}/launch/`,
        `${src}/testing/`,
        `${src}/debugProtocol\\.ts$`,
        `${src}/testProtocol\\.ts$`,
      ],
      'The CLI uses the same model, validator, interpreter and layout as the editor.',
    ),
    layer(
      'launch-imports-pure-layers',
      `${src}/launch/`,
      [`${src}/asl/`, `${src}/service/`, `${src}/interpreter/`, `${src}/protocol\\.ts$`, `${src}/debugProtocol\\.ts$`],
      'Launch support (definition, input, mocks) builds on the pure layers.',
    ),
    layer(
      'testing-imports-launch',
      `${src}/testing/`,
      [`${src}/asl/`, `${src}/interpreter/`, `${src}/launch/`, `${src}/testProtocol\\.ts$`],
      '`asl test` (format, runner, coverage) runs cases through the one launch path; no I/O of its own.',
    ),
    layer(
      'debug-imports-pure-layers',
      `${src}/debug/`,
      [
        `${src}/asl/`,
        `${src}/service/`,
        `${src}/interpreter/`,
        `${src}/launch/`,
        `${src}/testing/`,
        `${src}/debugProtocol\\.ts$`,
      ],
      'The debug adapter drives the interpreter through launch support.',
    ),
    layer(
      'protocols-import-nothing',
      `${src}/(protocol|debugProtocol|testProtocol)\\.ts$`,
      [],
      'Cross-process protocols are leaf modules shared by every half.',
    ),
    layer(
      'client-imports-protocols',
      'client/',
      [
        `${src}/protocol\\.ts$`,
        `${src}/debugProtocol\\.ts$`,
        `${src}/testProtocol\\.ts$`,
        'media/src/protocol\\.ts$',
        `${src}/graph/`,
      ],
      'The extension talks to the server and the webview only through the declared protocols; it runs the' +
        ' pure graph layout (server/src/graph/) for the previews, in its layout threads.',
    ),
    layer(
      'media-imports-protocols-and-layout',
      'media/',
      [`${src}/protocol\\.ts$`, `${src}/debugProtocol\\.ts$`, `${src}/testProtocol\\.ts$`, `${src}/graph/`],
      'The webview is browser code: protocols (types) and the pure graph layout only.',
    ),
    {
      name: 'media-imports-lsp-protocol-types-only',
      comment:
        'server/src/protocol.ts pulls in vscode-languageserver-protocol: the browser bundle takes its types only.',
      severity: 'error',
      from: { path: '^media/' },
      to: { path: `^${src}/protocol\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
