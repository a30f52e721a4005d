// Lint: TypeScript rules plus the runtime boundaries of ARCHITECTURE.md, enforced by imports:
// only client/ may import `vscode`; asl/, service/ and interpreter/ are pure (no I/O, no LSP
// connection code); media/ is browser code that imports nothing from the Node halves.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'fs/promises',
  'net',
  'child_process',
  'http',
  'https',
  'worker_threads',
  'node:fs',
  'node:fs/promises',
  'node:net',
  'node:child_process',
  'node:http',
  'node:https',
  'node:worker_threads',
];
const noVscode = { name: 'vscode', message: 'Only client/ may import vscode (ARCHITECTURE.md: runtime boundaries).' };
const pureLayer = (extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [
        noVscode,
        ...nodeBuiltins.map((name) => ({ name, message: 'This layer is pure: no I/O (inject it instead).' })),
        ...extra,
      ],
      patterns: [
        {
          group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'],
          message: 'LSP connection code belongs in server/src/lsp only.',
        },
        { group: ['**/client/**', '**/media/**'], message: 'server/ must not import the other halves.' },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'media/dist/**', 'node_modules/**', '**/*.js', '**/*.mjs', '.e2e/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [{ group: ['**/client/**', '**/media/**'], message: 'server/ must not import the other halves.' }],
        },
      ],
    },
  },
  { files: ['server/src/asl/**/*.ts', 'server/src/interpreter/**/*.ts'], rules: pureLayer() },
  { files: ['server/src/service/**/*.ts'], rules: pureLayer() },
  // server/src/graph: the layout and SVG renderer shared with the webview bundle: pure, no Node, no LSP.
  { files: ['server/src/graph/**/*.ts'], rules: pureLayer() },
  {
    files: ['media/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [
            {
              regex: '(^|/)server/(test/|src/(?!(protocol|debugProtocol)$|graph/[A-Za-z]+$))',
              message:
                'media/ may only import server/src/protocol, server/src/debugProtocol (types) and server/src/graph (the pure layout and renderer).',
            },
            {
              group: ['**/client/**'],
              message: 'media/ must not import client/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/src/**', '!**/server/src/protocol', '!**/server/src/debugProtocol'],
              message: 'client/ may only import server/src/protocol.ts and server/src/debugProtocol.ts from server/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/test/**/*.ts', 'syntaxes/test/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
