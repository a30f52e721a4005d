/*
 * Fixtures of toolchain.test.ts: the project's check configuration files to copy, a small clean
 * source tree that passes every check, and one violation per rule ARCHITECTURE.md lists, with the
 * text the failing tool must print (its rule name and the offending file).
 */

/** Copied from the repository into each scratch tree. */
export const CONFIG_FILES = [
  'tsconfig.json',
  'server/tsconfig.json',
  'server/test/tsconfig.json',
  'scripts/tsconfig.json',
  'scripts/guards/forbiddenVscode.ts',
  'eslint.config.mjs',
  '.dependency-cruiser.cjs',
  '.prettierrc.json',
  '.prettierignore',
  'knip.jsonc',
];

/** Model ← service ← LSP glue, one test, empty client/ and media/: every tool accepts it. */
export const CLEAN_FILES: Readonly<Record<string, string>> = {
  'package.json': JSON.stringify({ name: 'scratch', private: true }),
  'client/src/.keep': '',
  'media/src/.keep': '',
  'server/src/asl/model.ts': 'export function parse(text: string): number {\n  return text.length;\n}\n',
  'server/src/service/feature.ts': [
    "import { parse } from '../asl/model';",
    '',
    'export function feature(text: string): number {',
    '  return parse(text) + 1;',
    '}',
    '',
  ].join('\n'),
  'server/test/feature.test.ts': [
    "import { test } from 'node:test';",
    "import { feature } from '../src/service/feature';",
    '',
    "test('feature', async () => {",
    "  await Promise.resolve(feature('x'));",
    '});',
    '',
  ].join('\n'),
};

export interface Violation {
  readonly name: string;
  readonly tool: 'tsc' | 'eslint' | 'depcruise' | 'prettier' | 'knip';
  readonly files: Readonly<Record<string, string>>;
  /** Every one of these must appear in the tool's output. */
  readonly expect: readonly string[];
}

export const VIOLATIONS: readonly Violation[] = [
  {
    name: 'a vscode import under server/',
    tool: 'tsc',
    files: { 'server/src/lsp/editor.ts': "import 'vscode';\n" },
    expect: ['only client/ may import vscode'],
  },
  {
    name: 'a vscode import under server/',
    tool: 'depcruise',
    files: { 'server/src/lsp/editor.ts': "import 'vscode';\n" },
    expect: ['vscode-only-in-client', 'server/src/lsp/editor.ts'],
  },
  {
    name: 'an asl/ → service/ import',
    tool: 'depcruise',
    files: {
      'server/src/asl/upward.ts':
        "import { feature } from '../service/feature';\n\nexport const upward = feature('');\n",
    },
    expect: ['asl-imports-only-asl', 'server/src/asl/upward.ts'],
  },
  {
    name: 'a Node module in the interpreter',
    tool: 'depcruise',
    files: {
      'server/src/interpreter/hash.ts':
        "import { createHash } from 'node:crypto';\n\nexport const hash = createHash;\n",
    },
    expect: ['pure-layers-no-node', 'server/src/interpreter/hash.ts'],
  },
  {
    name: 'a Buffer in the interpreter',
    tool: 'eslint',
    files: { 'server/src/interpreter/bytes.ts': "export const bytes = Buffer.from('x');\n" },
    expect: ['no-restricted-globals', 'server/src/interpreter/bytes.ts'],
  },
  {
    name: 'a floating promise',
    tool: 'eslint',
    files: {
      'server/src/service/later.ts': [
        'async function later(): Promise<number> {',
        '  return 1;',
        '}',
        '',
        'export function start(): void {',
        '  void later();',
        '}',
        '',
      ].join('\n'),
    },
    expect: ['no-floating-promises', 'server/src/service/later.ts'],
  },
  {
    name: 'a nested ternary',
    tool: 'eslint',
    files: {
      'server/src/service/sign.ts':
        "export const sign = (n: number): string => (n > 0 ? 'plus' : n < 0 ? 'minus' : 'zero');\n",
    },
    expect: ['no-nested-ternary', 'server/src/service/sign.ts'],
  },
  {
    name: 'an unformatted file',
    tool: 'prettier',
    files: { 'server/src/asl/ugly.ts': 'export const  ugly={a:1}\n' },
    expect: ['server/src/asl/ugly.ts'],
  },
  {
    name: 'an unused export',
    tool: 'knip',
    files: {
      'server/src/asl/model.ts': [
        'export function parse(text: string): number {',
        '  return text.length;',
        '}',
        '',
        'export function unusedHelper(): number {',
        '  return 0;',
        '}',
        '',
      ].join('\n'),
    },
    expect: ['Unused exports', 'unusedHelper', 'server/src/asl/model.ts'],
  },
];
