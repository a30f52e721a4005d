/*
 * Checks messages from the graph preview webview before the extension acts on them. The webview is
 * treated as untrusted: anything that is not exactly one of the WebviewToHost shapes is refused with
 * a reason. Pure (no `vscode`); the table below must name every message type (the compiler checks).
 */
import type { WebviewToHost } from '../../../media/src/protocol';

type Checked = { readonly ok: true; readonly message: WebviewToHost } | { readonly ok: false; readonly reason: string };

type Raw = Readonly<Record<string, unknown>>;
type Validator = (raw: Raw) => WebviewToHost | string;

/** Longest export the extension accepts (an SVG text or a PNG data: URL), in characters. */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;
const MAX_TEXT_CHARS = 10_000;

const VALIDATORS: { readonly [K in WebviewToHost['type']]: Validator } = {
  ready: () => ({ type: 'ready' }),
  reveal: (raw) => (isShortString(raw.stateId) ? { type: 'reveal', stateId: raw.stateId } : 'stateId must be a string'),
  export: checkExport,
  error: (raw) =>
    typeof raw.message === 'string' ? { type: 'error', message: clip(raw.message) } : 'message must be a string',
};

export function checkWebviewMessage(raw: unknown): Checked {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('not an object');
  const record = raw as Raw;
  const type = record.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, type))
    return refuse(`unknown message type ${JSON.stringify(clip(String(type)))}`);
  const result = VALIDATORS[type as WebviewToHost['type']](record);
  return typeof result === 'string' ? refuse(`${type}: ${result}`) : { ok: true, message: result };
}

function checkExport(raw: Raw): WebviewToHost | string {
  if (raw.format !== 'svg' && raw.format !== 'png') return "format must be 'svg' or 'png'";
  if (typeof raw.data !== 'string') return 'data must be a string';
  if (raw.data.length > MAX_EXPORT_CHARS) return `data is over ${MAX_EXPORT_CHARS} characters`;
  return { type: 'export', format: raw.format, data: raw.data };
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT_CHARS;
}

function clip(text: string): string {
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS)}…` : text;
}

function refuse(reason: string): Checked {
  return { ok: false, reason };
}
