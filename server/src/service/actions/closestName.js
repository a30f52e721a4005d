"use strict";
/*
 * "Did you mean": the existing state name closest to a misspelled one (edit distance, a case-only
 * difference counts as closest). Banded Levenshtein: O(length x limit) per candidate. Pure.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.closestName = closestName;
exports.bandedDistance = bandedDistance;
/** Names longer than this (state names may have at most 80 characters) get no suggestion. */
const MAX_LENGTH = 256;
/** The candidate closest to `name`, when it is close enough to be a plausible typo. */
function closestName(name, candidates) {
    if (name.length > MAX_LENGTH)
        return undefined;
    const lower = name.toLowerCase();
    const limit = Math.max(2, Math.min(8, Math.floor(name.length / 3)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === name || candidate.length > MAX_LENGTH)
            continue;
        const other = candidate.toLowerCase();
        const d = other === lower ? 0 : bandedDistance(lower, other, Math.min(limit, bestDistance - 1));
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance of a and b, or `limit + 1` when it exceeds `limit`. */
function bandedDistance(a, b, limit) {
    if (limit < 0 || Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const big = limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : big));
    for (let i = 1; i <= a.length; i++) {
        const current = new Array(b.length + 1).fill(big);
        if (i <= limit)
            current[0] = i;
        let rowMin = current[0];
        for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big);
            rowMin = Math.min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return big;
        previous = current;
    }
    return Math.min(previous[b.length], big);
}
//# sourceMappingURL=closestName.js.map