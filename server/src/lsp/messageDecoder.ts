/*
 * The JSON decoder of the stdio transport: exactly JSON.parse(body as UTF-8), without decoding a
 * large message into one whole string first. A didOpen of a 500 KB document is a 560 KB body whose
 * text is one string value; decoding the body whole makes a 560 KB string that is garbage once
 * parsed, in fresh pages (V8 puts strings over 128 KB in their own pages: ~140 page faults, ~1.8 ms
 * of CPU). Here that value is decoded in windows (small strings, in the young generation) joined into
 * the text, and the rest of the message, a few hundred bytes, is parsed around a placeholder.
 * Anything this is not sure of goes to the plain decode, which then decides (errors included).
 */
import type { ContentTypeDecoder, Message } from 'vscode-jsonrpc';

export interface DecodeLimits {
  /** Bodies below this size are decoded whole (their strings stay small). */
  readonly largeBody: number;
  /** Bytes per window of the long string (32 KB: at most 64 KB of two-byte string, a young-generation object). */
  readonly window: number;
}

const LIMITS: DecodeLimits = { largeBody: 256 * 1024, window: 32 * 1024 };
/** The long string is the value of this key: a didOpen's text or a didChange's (VS Code sends text last). */
const TEXT_KEY = Buffer.from('"text":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/**
 * Stands for the long string while the rest is parsed. Nothing after the long string is a string
 * (it ends at the last quote), so no later key can replace it; the windowed result is taken only
 * when the parse holds the placeholder exactly once (not when the message itself holds one too).
 */
const PLACEHOLDER = '\u0000aslStudio:text';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/** JSON.parse of the UTF-8 body (the same value, or the same error); `limits` for tests. */
export function decodeMessage(body: Uint8Array, limits: DecodeLimits = LIMITS): unknown {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const large = bytes.length >= limits.largeBody ? decodeLongString(bytes, limits.window) : undefined;
  return large ?? JSON.parse(bytes.toString('utf8'));
}

/** vscode-jsonrpc's decoder interface over decodeMessage (UTF-8 only; another charset gets the plain decode). */
export const JSON_DECODER: ContentTypeDecoder = {
  name: 'application/json',
  decode: (buffer, options) => {
    try {
      const message = options.charset === 'utf-8' ? decodeMessage(buffer) : JSON.parse(ascii(buffer));
      return Promise.resolve(message as Message);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  },
};

function ascii(buffer: Uint8Array): string {
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString('ascii');
}

/**
 * The message whose long string is the value after the first `"text":"` and ends at the body's last
 * quote; undefined when that does not hold or anything fails (the caller then decodes whole).
 */
export function decodeLongString(bytes: Buffer, window: number): unknown {
  const key = bytes.indexOf(TEXT_KEY);
  const open = key + TEXT_KEY.length - 1;
  const close = bytes.lastIndexOf(QUOTE);
  if (key < 0 || close <= open) return undefined;
  try {
    const text = decodeStringContent(bytes, open + 1, close, window);
    let found = 0;
    const rest = bytes.toString('utf8', 0, open) + PLACEHOLDER_JSON + bytes.toString('utf8', close + 1);
    const message: unknown = JSON.parse(rest, (_, value: unknown) => {
      if (value !== PLACEHOLDER) return value;
      found++;
      return text;
    });
    return found === 1 ? message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JSON string whose content (between the quotes) is bytes[start, end), window by window. A
 * window ends where a run of backslashes starts: an escape starts there and an ASCII byte is a
 * UTF-8 boundary, so each window is whole escapes and characters, and JSON.parse of each (quoted)
 * is its part of the string. A quote left unescaped in a window, or an escape cut at `end`, makes
 * that parse throw.
 */
function decodeStringContent(bytes: Buffer, start: number, end: number, window: number): string {
  const parts: string[] = [];
  for (let from = start; from < end;) {
    const to = windowEnd(bytes, from, end, window);
    parts.push(JSON.parse(`"${bytes.toString('utf8', from, to)}"`) as string);
    from = to;
  }
  return parts.join('');
}

/** Where the window from `from` ends: the first backslash-run start at least `window` bytes on, or `end`. */
function windowEnd(bytes: Buffer, from: number, end: number, window: number): number {
  if (end - from <= window + window / 2) return end;
  let at = bytes.indexOf(BACKSLASH, from + window);
  while (at > 0 && at < end && bytes[at - 1] === BACKSLASH) {
    while (bytes[at] === BACKSLASH) at++;
    at = bytes.indexOf(BACKSLASH, at);
  }
  return at > 0 && at < end ? at : end;
}
