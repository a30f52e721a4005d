/*
 * Companion files in the language server: diagnostics and completion of mock files and `asl test`
 * files (the file's own model from the cache, the definitions from companionFiles.ts, the checks
 * from service/companions/), and `asl/testFileOutline` (the Testing view's cases, by the one test
 * file parser of server/src/testing). Glue only.
 */
import { readFileSync } from 'fs';
import { dirname, resolve } from 'path';
import type { CompletionList, Diagnostic, Position } from 'vscode-languageserver';
import { AslTextDocument } from '../textDocument';
import type { AslDocument } from '../../asl/types';
import { TestFileOutlineRequest, type TestFileOutline } from '../../protocol';
import { mockFileCompletion } from '../../service/companions/mockCompletion';
import { mockFileDiagnostics } from '../../service/companions/mockDiagnostics';
import { testFileCompletion } from '../../service/companions/testFileCompletion';
import { testFileDiagnostics, type MockCases } from '../../service/companions/testFileDiagnostics';
import { readMockFile } from '../../service/companions/mockModel';
import { defaultStateMachineName } from '../../asl/spec/mockConfig';
import type { TestFile } from '../../testing/model';
import { referencedStates } from '../../testing/references';
import { parseTestFile } from '../../testing/testFile';
import { companionKind, modelAt, definitionsBeside, filePathOf } from '../companionFiles';
import type { ServerContext } from '../context';
import { spanToRange, toDiagnostic } from '../convert';
import { runSafe } from '../runSafe';

export function companionDiagnostics(ctx: ServerContext, doc: AslTextDocument): Diagnostic[] {
  const findings = companionKind(doc.uri) === 'test' ? testDiagnostics(ctx, doc) : mockDiagnostics(ctx, doc);
  return findings.map((d) => toDiagnostic(doc, d));
}

export function companionCompletion(ctx: ServerContext, doc: AslTextDocument, position: Position): CompletionList {
  if (companionKind(doc.uri) === 'test') {
    const { definition } = testFileOf(ctx, doc);
    return testFileCompletion(doc, ctx.cache.get(doc), position, definition);
  }
  return mockFileCompletion(doc, ctx.cache.get(doc), position, definitionsBeside(ctx, doc));
}

export function registerTestFileOutline(ctx: ServerContext): void {
  ctx.connection.onRequest(TestFileOutlineRequest, (p, token) =>
    runSafe(ctx.connection.console, 'testFileOutline', null, token, () => outlineOf(ctx, p.path)),
  );
}

function mockDiagnostics(ctx: ServerContext, doc: AslTextDocument) {
  return mockFileDiagnostics(ctx.cache.get(doc), definitionsBeside(ctx, doc));
}

function testDiagnostics(ctx: ServerContext, doc: AslTextDocument) {
  const { file, definition, onDisk } = testFileOf(ctx, doc);
  const located = (l: { value: string; span: { start: number; end: number } } | undefined) =>
    onDisk && l !== undefined ? { written: l.value, span: l.span } : undefined;
  const facts = {
    problems: file.problems,
    references: file.cases.flatMap(referencedStates),
    definition: located(file.definition),
    mocks: located(file.mocks),
    mockTestCases: file.cases.flatMap((c) =>
      c.mockTestCase === undefined ? [] : [{ name: c.mockTestCase.value, span: c.mockTestCase.span }],
    ),
  };
  return testFileDiagnostics(facts, definition, mockCasesOf(ctx, doc, file));
}

/** The test cases the test file's mock file has for its machine (as `asl test` picks the machine name). */
function mockCasesOf(ctx: ServerContext, doc: AslTextDocument, file: TestFile): MockCases {
  const path = filePathOf(doc.uri);
  if (path === undefined || file.mocks === undefined) return undefined;
  const mocks = modelAt(ctx, resolve(dirname(path), file.mocks.value));
  if (mocks === undefined) return undefined;
  const machine = file.stateMachineName?.value ?? defaultStateMachineName(file.definition?.value ?? '');
  const found = readMockFile(mocks).machines.find((m) => m.name === machine);
  return { machine, testCases: found?.testCases.map((c) => c.name) };
}

/** The parsed test file, the definition it names (when it can be read) and whether it is a file on disk. */
function testFileOf(
  ctx: ServerContext,
  doc: AslTextDocument,
): { file: TestFile; definition?: AslDocument; onDisk: boolean } {
  const path = filePathOf(doc.uri);
  const file = parseTestFile(doc.getText(), path ?? doc.uri);
  if (path === undefined || file.definition === undefined) return { file, onDisk: path !== undefined };
  return { file, definition: modelAt(ctx, resolve(dirname(path), file.definition.value)), onDisk: true };
}

/** The test file's cases; the open document's text wins over the disk. Null when the file cannot be read. */
function outlineOf(ctx: ServerContext, path: string): TestFileOutline | null {
  const open = ctx.documents.all().find((d) => filePathOf(d.uri) === path);
  const text = open?.getText() ?? readText(path);
  if (text === undefined) return null;
  const doc = open ?? AslTextDocument.create('file:///outline', 'yaml', 0, text);
  const file = parseTestFile(text, path);
  return {
    definitionPath: file.definition === undefined ? null : resolve(dirname(path), file.definition.value),
    cases: file.cases.map((c) => ({ name: c.name, range: spanToRange(doc, c.nameSpan), skip: c.skip })),
    problems: file.problems.map((p) => ({ message: p.message, range: spanToRange(doc, p.span) })),
  };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
