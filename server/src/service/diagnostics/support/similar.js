"use strict";
/*
 * "Did you mean": the closest candidate by edit distance (Levenshtein, case changes cheap).
 * Linear in the number of candidates; each comparison is bounded by the threshold.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.editDistance = editDistance;
exports.closest = closest;
/**
 * Edit distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`.
 * Banded: only cells within `limit` of the diagonal are computed, so the cost is
 * O(min(|a|, |b|) x limit) even for huge strings.
 */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const over = limit + 1;
    let prev = new Array(b.length + 1).fill(over);
    let curr = new Array(b.length + 1).fill(over);
    for (let j = 0; j <= Math.min(b.length, limit); j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        curr[from - 1] = from === 1 && i <= limit ? i : over;
        let rowMin = curr[from - 1];
        for (let j = from; j <= to; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost, over);
            if (curr[j] < rowMin)
                rowMin = curr[j];
        }
        if (to < b.length)
            curr[to + 1] = over;
        if (rowMin > limit)
            return over;
        [prev, curr] = [curr, prev];
    }
    return Math.min(prev[b.length], over);
}
/** The candidate closest to `word`, if close enough to be a plausible typo. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.min(4, Math.floor(word.length / 3)));
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        if (c === word)
            continue;
        // A case-only difference beats any edit.
        const score = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), limit);
        if (score <= limit && score < bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}
//# sourceMappingURL=similar.js.map