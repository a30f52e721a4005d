/*
 * SourceText: a document's text as a piece table, so a one-character edit of a 2.5 MB text costs a
 * few small strings instead of a 2.5 MB copy (V8 flattens a concatenated string on first read, and
 * the fresh pages of that copy cost as much as JSON.parse of the text). Reading a window (a state
 * being re-parsed, a string being mapped) slices the pieces; the whole string is built only when
 * asked for, once, and cached. Immutable from the outside: an edit returns a new SourceText. Pure.
 */

/** Above this many pieces an edit first joins the text (reads stay logarithmic, memory bounded). */
const MAX_PIECES = 64;

export class SourceText {
  /** The pieces, in order, and the offset where each starts. */
  private pieces: readonly string[];
  private starts: readonly number[];
  private joined: string | undefined;

  private constructor(
    pieces: readonly string[],
    starts: readonly number[],
    readonly length: number,
  ) {
    this.pieces = pieces;
    this.starts = starts;
    this.joined = pieces.length === 1 ? pieces[0] : undefined;
  }

  static of(text: string): SourceText {
    return new SourceText([text], [0], text.length);
  }

  /** True once the whole string exists (no join needed to read it). */
  get isJoined(): boolean {
    return this.joined !== undefined;
  }

  /** The whole text: joined once, then cached (and the pieces dropped). */
  toString(): string {
    if (this.joined === undefined) {
      this.joined = this.pieces.join('');
      this.pieces = [this.joined];
      this.starts = [0];
    }
    return this.joined;
  }

  /** The text of [start, end) (clamped), without joining the whole text. */
  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (this.joined !== undefined) return this.joined.slice(from, to);
    let i = this.pieceAt(from);
    let out = '';
    for (let at = from; at < to; i++) {
      const pieceStart = this.starts[i];
      const piece = this.pieces[i];
      out += piece.slice(at - pieceStart, Math.min(to - pieceStart, piece.length));
      at = pieceStart + piece.length;
    }
    return out;
  }

  /** The UTF-16 code unit at `offset` (NaN outside the text), as String#charCodeAt. */
  charCodeAt(offset: number): number {
    if (this.joined !== undefined) return this.joined.charCodeAt(offset);
    if (offset < 0 || offset >= this.length) return NaN;
    const i = this.pieceAt(offset);
    return this.pieces[i].charCodeAt(offset - this.starts[i]);
  }

  /** The text with [start, end) replaced by `text` (offsets into this text, clamped and ordered). */
  replace(start: number, end: number, text: string): SourceText {
    const from = Math.max(0, Math.min(start, end, this.length));
    const to = Math.max(from, Math.min(Math.max(start, end), this.length));
    if (this.pieces.length >= MAX_PIECES) this.toString();
    const pieces: string[] = [];
    const first = this.pieceAt(from);
    const last = this.pieceAt(to);
    for (let i = 0; i < first; i++) pieces.push(this.pieces[i]);
    const head = this.pieces[first].slice(0, from - this.starts[first]);
    const tail = this.pieces[last].slice(to - this.starts[last]);
    for (const piece of [head, text, tail]) if (piece.length > 0) pieces.push(piece);
    for (let i = last + 1; i < this.pieces.length; i++) pieces.push(this.pieces[i]);
    return SourceText.fromPieces(pieces, this.length - (to - from) + text.length);
  }

  private static fromPieces(pieces: string[], length: number): SourceText {
    if (pieces.length === 0) return SourceText.of('');
    const starts: number[] = new Array<number>(pieces.length);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      starts[i] = at;
      at += pieces[i].length;
    }
    return new SourceText(pieces, starts, length);
  }

  /** Index of the piece holding `offset` (the last piece for the text's end). */
  private pieceAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
