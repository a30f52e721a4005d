/*
 * Shares one string object per short repeated text slice (keys, Types, common values) while a
 * parser reads a document: fewer allocations, and lookups by these strings in the spec tables stay
 * cheap once V8 has internalized them. A small direct-mapped table; a miss just slices. Pure.
 */
const MASK = 1023;
/** Longer slices are not worth keeping. */
const MAX_CACHED_LENGTH = 40;

export class StringCache {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(MASK + 1).fill(undefined);

  /** text.slice(start, end), the same object as last time for the same short text. */
  slice(text: string, start: number, end: number): string {
    const h = slot(text, start, end);
    if (h < 0) return text.slice(start, end);
    const cached = this.slots[h];
    if (cached !== undefined && cached.length === end - start && text.startsWith(cached, start)) return cached;
    return (this.slots[h] = text.slice(start, end));
  }

  /** The string slice() returned last time for this text, if it is still cached (no slicing). */
  peek(text: string, start: number, end: number): string | undefined {
    const h = slot(text, start, end);
    const cached = h < 0 ? undefined : this.slots[h];
    return cached !== undefined && cached.length === end - start && text.startsWith(cached, start) ? cached : undefined;
  }
}

/** The table slot of a slice, or -1 when it is empty or too long to keep. */
function slot(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 0 || length > MAX_CACHED_LENGTH) return -1;
  return (
    (length * 31 +
      text.charCodeAt(start) * 7 +
      text.charCodeAt(end - 1) * 131 +
      text.charCodeAt(start + (length >> 1)) * 17) &
    MASK
  );
}
