/*
 * A fast non-cryptographic hash of a string (FNV-1a, 32 bits, two seeds for 64 bits of
 * distinction), for "has the graph changed" checks. Pure; shared by the server and the webview.
 */

/** A 13-character base-36 hash of `text`. */
export function hashText(text: string): string {
  let a = 2166136261;
  let b = 0x811c9dc5 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}
