"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PAYLOAD_LIMIT_BYTES = void 0;
exports.payloadSize = payloadSize;
exports.exceedsPayloadLimit = exceedsPayloadLimit;
exports.PAYLOAD_LIMIT_BYTES = 262_144;
const objectSizes = new WeakMap();
const MEMO_THRESHOLD = 512;
/** Exact UTF-8 byte length of JSON.stringify(value). */
function payloadSize(value) {
    switch (typeof value) {
        case 'string':
            return stringSize(value);
        case 'number':
            return Number.isFinite(value) ? String(value).length : 4;
        case 'boolean':
            return value ? 4 : 5;
        default:
            return value === null ? 4 : objectSize(value);
    }
}
function objectSize(value) {
    const known = objectSizes.get(value);
    if (known !== undefined)
        return known;
    let size = 2;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            size += payloadSize(value[i]) + (i > 0 ? 1 : 0);
    }
    else {
        let first = true;
        for (const key in value) {
            const v = value[key];
            if (v === undefined)
                continue;
            size += stringSize(key) + 1 + payloadSize(v) + (first ? 0 : 1);
            first = false;
        }
    }
    if (size >= MEMO_THRESHOLD)
        objectSizes.set(value, size);
    return size;
}
const bigStrings = new Map();
function stringSize(s) {
    if (s.length > 1024) {
        const known = bigStrings.get(s);
        if (known !== undefined)
            return known;
    }
    let size = 2;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20)
            size += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
        else if (c === 0x22 || c === 0x5c)
            size += 2;
        else if (c < 0x80)
            size += 1;
        else if (c < 0x800)
            size += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                size += 4;
                i++;
            }
            else
                size += 6;
        }
        else if (c >= 0xd800 && c <= 0xdfff)
            size += 6;
        else
            size += 3;
    }
    if (s.length > 1024) {
        if (bigStrings.size > 256)
            bigStrings.clear();
        bigStrings.set(s, size);
    }
    return size;
}
function exceedsPayloadLimit(value) {
    return payloadSize(value) > exports.PAYLOAD_LIMIT_BYTES;
}
//# sourceMappingURL=limits.js.map