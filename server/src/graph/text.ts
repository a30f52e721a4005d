/*
 * Text measurement without a DOM: an estimate of rendered widths (system UI font) and the shortening
 * of long names, so that the webview and the CLI lay out the same graph identically. Pure.
 */

/** Font sizes used by the renderer, in px. */
export const FONT = { name: 13, detail: 11, label: 11, header: 12 } as const;

const NARROW = /[iljtf.,:;'|!()[\]{} ]/;
const WIDE = /[MWmw@%#]/;

/** Estimated width in px of `text` at `size` px (average glyph widths of common UI sans fonts). */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) units += 0.34;
    else if (WIDE.test(ch)) units += 0.9;
    else if (ch >= 'A' && ch <= 'Z') units += 0.7;
    else if (ch.charCodeAt(0) > 0x2e80) units += 1;
    else units += 0.62;
  }
  return Math.ceil(units * size);
}

/** `text` cut to at most `max` code points, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}

/** Longest state name shown in full on a node (the full name is in the node's <title>). */
export const MAX_NAME_CHARS = 28;
/** Longest edge label (Choice rule, Catch errors) drawn on an edge. */
export const MAX_LABEL_CHARS = 32;

/** The text of a reference to a shared Catch handler (where a Catch edge to it ends). */
export function handlerRefText(name: string): string {
  return '⤷ ' + shorten(name, MAX_NAME_CHARS);
}
