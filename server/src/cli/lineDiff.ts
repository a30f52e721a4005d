/*
 * A line diff of two texts (expected / actual pretty JSON) for the `asl test` text report: the
 * longest common subsequence of lines, printed `- expected` / `+ actual` with a few lines of
 * context around each change. Large texts fall back to showing both whole. Pure.
 */

const MAX_CELLS = 4_000_000;
const CONTEXT = 2;

type Line = { readonly mark: ' ' | '-' | '+'; readonly text: string };

export function lineDiff(expected: string, actual: string): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  if (a.length * b.length > MAX_CELLS) return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)];
  return withContext(diffLines(a, b)).map((l) => (l === undefined ? '  …' : `${l.mark} ${l.text}`));
}

function diffLines(a: string[], b: string[]): Line[] {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ mark: ' ', text: a[i++] });
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push({ mark: '+', text: b[j++] });
    else out.push({ mark: '-', text: a[i++] });
  }
  return out;
}

/** Unchanged lines farther than CONTEXT from a change become one `…` (undefined). */
function withContext(lines: Line[]): (Line | undefined)[] {
  const near = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.mark === ' ') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(lines.length - 1, i + CONTEXT); k++) near[k] = true;
  });
  const out: (Line | undefined)[] = [];
  lines.forEach((l, i) => {
    if (near[i]) out.push(l);
    else if (out[out.length - 1] !== undefined || out.length === 0) out.push(undefined);
  });
  return out;
}
