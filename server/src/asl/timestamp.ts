/*
 * ASL timestamps, the one definition: RFC 3339 with an uppercase `T` and `Z` (or a numeric
 * offset) and a real calendar date, as the validator (Wait Timestamp), the Choice Timestamp*
 * operators, IsTimestamp and the Wait state all read them. Compared as instants with nanosecond
 * precision (fractions beyond 9 digits are truncated). Pure.
 */

export interface Instant {
  /** Whole seconds since the Unix epoch (UTC). */
  readonly seconds: number;
  /** 0..999,999,999 */
  readonly nanos: number;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** The instant a timestamp denotes, or undefined when the text is not an ASL timestamp. */
export function parseTimestamp(text: string): Instant | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetSeconds = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetSeconds = (m[9] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  const utcSeconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offsetSeconds;
  const nanos = m[7] === undefined ? 0 : Number(m[7].slice(0, 9).padEnd(9, '0'));
  return { seconds: utcSeconds, nanos };
}

export function isTimestamp(text: string): boolean {
  return parseTimestamp(text) !== undefined;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}

/** Milliseconds since the epoch (for clocks and Wait). */
export function instantToMillis(i: Instant): number {
  return i.seconds * 1000 + Math.floor(i.nanos / 1e6);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
