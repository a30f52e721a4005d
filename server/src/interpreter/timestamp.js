"use strict";
/*
 * ASL timestamps: RFC 3339 with an uppercase `T` and `Z` (or a numeric offset), as Choice
 * Timestamp* operators, IsTimestamp and Wait Timestamp use them. Compared as instants with
 * nanosecond precision (fractions beyond 9 digits are truncated). Pure.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseTimestamp = parseTimestamp;
exports.isTimestamp = isTimestamp;
exports.compareInstants = compareInstants;
exports.instantToMillis = instantToMillis;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/;
/** The instant a timestamp denotes, or undefined when the text is not an ASL timestamp. */
function parseTimestamp(text) {
    const m = TIMESTAMP.exec(text);
    if (!m)
        return undefined;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    let offsetSeconds = 0;
    if (m[8] !== 'Z') {
        const oh = Number(m[10]);
        const om = Number(m[11]);
        if (oh > 23 || om > 59)
            return undefined;
        offsetSeconds = (m[9] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    const utcSeconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offsetSeconds;
    const nanos = m[7] === undefined ? 0 : Number(m[7].slice(0, 9).padEnd(9, '0'));
    return { seconds: utcSeconds, nanos };
}
function isTimestamp(text) {
    return parseTimestamp(text) !== undefined;
}
/** Negative, zero or positive as a is before, equal to or after b. */
function compareInstants(a, b) {
    return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}
/** Milliseconds since the epoch (for clocks and Wait). */
function instantToMillis(i) {
    return i.seconds * 1000 + Math.floor(i.nanos / 1e6);
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
//# sourceMappingURL=timestamp.js.map