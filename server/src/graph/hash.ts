/*
 * A fast non-cryptographic hash of a string (FNV-1a, 32 bits, two seeds for 64 bits of
 * distinction), for "has the graph changed" checks. Pure; shared by the server and the webview.
 */

/** A 14-character base-36 hash of `text`. */
export function hashText(text: string): string {
  return new Hasher().add(text).digest();
}

/** The same hash fed piece by piece, so a large structure is hashed without building its text. */
export class Hasher {
  private a = 2166136261;
  private b = 0x811c9dc5 ^ 0x5bd1e995;

  /** Adds a string (or undefined, told apart from every string), followed by a separator. */
  add(text: string | undefined): this {
    if (text === undefined) return this.code(0xfffe).code(0xffff);
    /* the loop of code() on locals: the same digest, without a field write per character */
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
    return this.code(0xffff);
  }

  /** Adds a number; small integers (line numbers, counts) without building their text. */
  addNumber(n: number | undefined): this {
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 0x7fffffff)
      return this.add(n === undefined ? n : String(n));
    return this.code(0xfffd)
      .code(n & 0xffff)
      .code(n >>> 16);
  }

  digest(): string {
    return (this.a >>> 0).toString(36).padStart(7, '0') + (this.b >>> 0).toString(36).padStart(7, '0');
  }

  private code(c: number): this {
    this.a = Math.imul(this.a ^ c, 16777619);
    this.b = Math.imul(this.b ^ c, 0x01000193) ^ (this.b >>> 15);
    return this;
  }
}
