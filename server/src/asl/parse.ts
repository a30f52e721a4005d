/*
 * Entry point of the ASL model: text (JSON or YAML) → AslDocument (tree, machines, syntax errors).
 * Never throws: an internal failure becomes a syntax problem on an empty document.
 * No I/O, no LSP: the caller passes the text and the format (see formatForFileName).
 */
import { buildMachines, type BuiltMachines } from './machine';
import { parseJsonTree, type ParsedTree } from './parseJson';
import { parseYamlTree } from './parseYaml';
import type { AslDocument, AslNode, SourceFormat, SyntaxProblem } from './types';
import { SourceText } from './text';

/** Parses ASL text. Syntax errors are returned in `syntaxErrors`; the tree is kept as far as possible. */
export function parseAsl(text: string, format: SourceFormat = 'json'): AslDocument {
  const source = typeof text === 'string' ? text : String(text);
  try {
    const tree: ParsedTree = format === 'yaml' ? parseYamlTree(source) : parseJsonTree(source);
    return documentOf(source, format, tree.root, tree.problems, tree.fast === true);
  } catch (error) {
    return failed(source, format, error);
  }
}

/** Documents whose tree the fast path built from error-free text: incremental.ts may update them in place. */
const FAST_PARSED = new WeakSet<AslDocument>();

export function isFastParsed(doc: AslDocument): boolean {
  return FAST_PARSED.has(doc);
}

/** The text of each document built from a SourceText (others get one on demand). */
const SOURCES = new WeakMap<AslDocument, SourceText>();

/**
 * The document's text as a SourceText: read windows of it (`slice`, `charCodeAt`, `length`) through
 * this on paths that must not build the whole string (an incremental update's diagnostics).
 */
export function sourceOf(doc: AslDocument): SourceText {
  let source = SOURCES.get(doc);
  if (source === undefined) SOURCES.set(doc, (source = SourceText.of(doc.text)));
  return source;
}

/**
 * The document of a tree: its machines built, marked as fast-parsed when `fast`. Given a SourceText
 * whose string is not built yet, `doc.text` builds it on first read.
 */
export function documentOf(
  text: string | SourceText,
  format: SourceFormat,
  root: AslNode | undefined,
  problems: SyntaxProblem[],
  fast = false,
  built: BuiltMachines = buildMachines(root),
): AslDocument {
  const source = typeof text === 'string' ? undefined : text;
  const fields = { format, root, machine: built.machine, allStates: built.allStates, allMachines: built.allMachines };
  const doc: AslDocument =
    source === undefined || source.isJoined
      ? { text: source?.toString() ?? (text as string), ...fields, syntaxErrors: problems }
      : {
          get text() {
            return source.toString();
          },
          ...fields,
          syntaxErrors: problems,
        };
  if (source !== undefined) SOURCES.set(doc, source);
  if (fast) FAST_PARSED.add(doc);
  return doc;
}

function failed(text: string, format: SourceFormat, error: unknown): AslDocument {
  const reason = error instanceof RangeError ? 'the document is nested too deeply' : 'internal parser error';
  const message = `Could not parse the document: ${reason}`;
  const span = { start: 0, end: Math.min(text.length, 1) };
  return { text, format, allStates: [], allMachines: [], syntaxErrors: [{ message, span, code: `${format}-syntax` }] };
}

/** Format from a file name: .yaml/.yml (incl. .asl.yaml/.asl.yml) → 'yaml', anything else → 'json'. */
export function formatForFileName(path: string): SourceFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}
