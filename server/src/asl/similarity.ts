/*
 * "Did you mean", the one rule: the candidate closest to a misspelled name by edit distance
 * (Levenshtein; a case-only difference counts as closest), within a limit that grows with the
 * name's length. Used by the diagnostics (unknown fields, enum values, undefined states) and the
 * quick fixes, so a fix offers exactly the name its diagnostic suggested. Pure.
 */

/** Names longer than this (state names may have at most 80 characters) get no suggestion. */
const MAX_LENGTH = 256;

/** How many edits still look like a typo of a name this long: 1 to 4. */
export function typoLimit(length: number): number {
  return Math.max(1, Math.min(4, Math.floor(length / 3)));
}

/** The candidate closest to `word`, when it is close enough to be a plausible typo. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_LENGTH) return undefined;
  const lower = word.toLowerCase();
  const limit = typoLimit(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word || candidate.length > MAX_LENGTH) continue;
    const other = candidate.toLowerCase();
    const d = other === lower ? 0 : editDistance(lower, other, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edit distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`.
 * Banded: only cells within `limit` of the diagonal are computed, O(min(|a|, |b|) x limit).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (limit < 0 || Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = new Array<number>(b.length + 1).fill(over);
  let curr = new Array<number>(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    curr[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = curr[from - 1];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost, over);
      if (curr[j] < rowMin) rowMin = curr[j];
    }
    if (to < b.length) curr[to + 1] = over;
    if (rowMin > limit) return over;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[b.length], over);
}
