/*
 * The server's open-document text (the TextDocuments configuration): vscode-languageserver-
 * textdocument's TextDocument contract over a SourceText, so a keystroke in a 2.5 MB document
 * neither copies the text (the model re-parses a window of it) nor recomputes every line start
 * (the line starts after the edit move by its length). The whole string is built only when a
 * feature calls getText(). Positions behave exactly as TextDocument's (a test compares both).
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { SourceText } from '../asl/text';

const LF = 10;
const CR = 13;

export class AslTextDocument implements TextDocument {
  private lines: number[] | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private text: SourceText,
  ) {}

  static create(uri: string, languageId: string, version: number, content: string): AslTextDocument {
    return new AslTextDocument(uri, languageId, version, SourceText.of(content));
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The text without building the whole string (for the model). */
  get source(): SourceText {
    return this.text;
  }

  getText(range?: Range): string {
    if (range === undefined) return this.text.toString();
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > clamped) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(clamped, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  getLineRange(line: number): Range {
    const starts = this.lineStarts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - starts[last] } };
    }
    const end = this.beforeEol(this.lineEnd(line), starts[line]);
    return { start: { line, character: 0 }, end: { line, character: end - starts[line] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lineStarts();
    if (line < 0 || line >= starts.length) return '';
    const next = this.lineEnd(line);
    return this.text.slice(this.beforeEol(next, starts[line]), next);
  }

  /** Applies a didChange's changes in order (TextDocument.update's semantics). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) this.replace(change.range, change.text);
      else {
        this.text = SourceText.of(change.text);
        this.lines = undefined;
      }
    }
    this.currentVersion = version;
  }

  private replace(range: Range, text: string): void {
    const [from, to] = ordered(range);
    const start = this.offsetAt(from);
    const end = this.offsetAt(to);
    this.text = this.text.replace(start, end, text);
    const lines = this.lines;
    if (lines === undefined) return;
    if (this.crlfAcross(start) || this.crlfAcross(start + text.length)) this.lines = undefined;
    else {
      const last = lines.length - 1; // a line out of range was read as the text's start or end
      const added = lineStartsIn(text, start);
      const delta = text.length - (end - start);
      this.lines = moveLineStarts(lines, clamp(from.line, last), clamp(to.line, last), added, delta);
    }
  }

  /** A CR before `offset` and an LF at it: one line break the edit's own line starts did not see. */
  private crlfAcross(offset: number): boolean {
    return this.text.charCodeAt(offset - 1) === CR && this.text.charCodeAt(offset) === LF;
  }

  /** Where the next line starts (the text's end for the last line). */
  private lineEnd(line: number): number {
    const starts = this.lineStarts();
    return line + 1 < starts.length ? starts[line + 1] : this.text.length;
  }

  private beforeEol(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isEol(this.text.charCodeAt(at - 1))) at--;
    return at;
  }

  private lineStarts(): number[] {
    this.lines ??= lineStartsIn(this.text.toString(), 0, true);
    return this.lines;
  }
}

function clamp(line: number, last: number): number {
  return Math.max(0, Math.min(line, last));
}

function isEol(c: number): boolean {
  return c === CR || c === LF;
}

function ordered(range: Range): [Position, Position] {
  const { start, end } = range;
  const swap = start.line > end.line || (start.line === end.line && start.character > end.character);
  return swap ? [end, start] : [start, end];
}

/**
 * Offsets (plus `base`) where a line starts in `text`: after each LF, CR LF or lone CR; 0 first when
 * `first`. A text without CR is scanned by indexOf (V8's vectorized search): the first diagnostics of
 * a 500 KB document map their ranges ~2x sooner than with a charCodeAt loop.
 */
function lineStartsIn(text: string, base: number, first = false): number[] {
  const starts: number[] = first ? [base] : [];
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(base + i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    if (c === CR || c === LF) starts.push(base + i + 1);
  }
  return starts;
}

/** The line starts after an edit of lines [startLine, endLine]: theirs replaced by `added`, the later ones moved. */
function moveLineStarts(lines: number[], startLine: number, endLine: number, added: number[], delta: number): number[] {
  const removed = endLine - startLine;
  let out = lines;
  if (removed === added.length) for (let i = 0; i < added.length; i++) out[startLine + 1 + i] = added[i];
  else if (added.length < 10_000) out.splice(startLine + 1, removed, ...added);
  else out = [...lines.slice(0, startLine + 1), ...added, ...lines.slice(endLine + 1)]; // splice takes few arguments
  if (delta !== 0) for (let i = startLine + 1 + added.length; i < out.length; i++) out[i] += delta;
  return out;
}
