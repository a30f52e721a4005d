// Lint (`npm run check`): TypeScript rules, type-aware promise rules (no lost promises), density
// (no nested ternaries, 120 columns) and the pure layers' ban on Node globals. Import boundaries
// are dependency-cruiser's job (.dependency-cruiser.cjs); ARCHITECTURE.md lists who checks what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node-only globals: asl/, service/, interpreter/ and graph/ run anywhere and get I/O injected. */
const nodeGlobals = ['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global'];
const ambientServices = ['crypto', 'setImmediate', 'clearImmediate'];
const pureMessage = 'This layer is pure (ARCHITECTURE.md): no Node globals; inject what it needs.';

const pureLayerRules = {
  'no-restricted-globals': [
    'error',
    ...[...nodeGlobals, ...ambientServices].map((name) => ({ name, message: pureMessage })),
  ],
  'no-restricted-properties': [
    'error',
    ...[...nodeGlobals, ...ambientServices].map((property) => ({
      object: 'globalThis',
      property,
      message: pureMessage,
    })),
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'media/dist/**', 'node_modules/**', '**/*.js', '**/*.mjs', '**/*.cjs', '.e2e/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // node:test tracks the promises of top-level test()/describe() itself; every other promise
      // is awaited or handed to .catch/.then with a rejection handler (`void` does not count).
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: false,
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      'no-nested-ternary': 'error',
      // Prettier wraps code at 120; this catches what it cannot (comments, long expressions in one
      // string-free line). Lines holding a string, template or URL are exempt: messages stay whole
      // so they can be found with grep.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  { files: ['server/src/{asl,service,interpreter,graph,testing}/**/*.ts'], rules: pureLayerRules },
  {
    files: ['server/test/**/*.ts', 'syntaxes/test/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
