/*
 * `asl test --coverage text|json|lcov`: state coverage per definition (states, Choice rules and
 * Default, catchers, retriers) as a readable table with the uncovered items and their
 * file:line, as JSON (DefinitionCoverage[] of testProtocol.ts) or as LCOV (DA per state, BRDA per
 * branch) for coverage tools; and the one summary line. Pure: returns text.
 */
import { figuresOf, type Ratio } from '../testing/coverage';
import type { CoverageItem, DefinitionCoverage } from '../testProtocol';
import { shownPath } from './testSummary';

export function coverageSummaryLine(all: readonly DefinitionCoverage[]): string {
  const f = figuresOf(all.flatMap((c) => c.items));
  return `coverage: ${figures(f)} in ${all.length} definition${all.length === 1 ? '' : 's'}`;
}

function figures(f: ReturnType<typeof figuresOf>): string {
  return `states ${ratio(f.states)}, choice branches ${ratio(f.choices)}, catchers ${ratio(f.catches)}, retriers ${ratio(f.retries)} (${percent(f.all)} of all)`;
}

function ratio(r: Ratio): string {
  return `${r.covered}/${r.total}`;
}

function percent(r: Ratio): string {
  return r.total === 0 ? '100%' : `${Math.floor((100 * r.covered) / r.total)}%`;
}

export function coverageText(all: readonly DefinitionCoverage[], cwd: string): string {
  const out: string[] = [];
  for (const c of all) {
    const file = shownPath(cwd, c.definitionPath);
    out.push(`${file}: ${figures(figuresOf(c.items))}`);
    for (const item of c.items.filter((i) => i.hits === 0))
      out.push(`  not reached: ${describe(item)} (${file}:${item.range.start.line + 1})`);
  }
  out.push(coverageSummaryLine(all));
  return out.join('\n') + '\n';
}

function describe(item: CoverageItem): string {
  return item.kind === 'state' ? `state ${item.state}` : `${item.state} ${item.label}`;
}

export function coverageJson(all: readonly DefinitionCoverage[]): string {
  return JSON.stringify(all, null, 2) + '\n';
}

/** LCOV: a state is a line (DA) and a function (FN); Choice rules / Default, catchers and retriers are branches. */
export function coverageLcov(all: readonly DefinitionCoverage[]): string {
  const out: string[] = [];
  for (const c of all) {
    out.push('TN:', `SF:${c.definitionPath}`);
    const states = c.items.filter((i) => i.kind === 'state');
    for (const s of states) out.push(`FN:${s.range.start.line + 1},${s.state}`);
    for (const s of states) out.push(`FNDA:${s.hits},${s.state}`);
    out.push(`FNF:${states.length}`, `FNH:${states.filter((s) => s.hits > 0).length}`);
    const branches = c.items.filter((i) => i.kind !== 'state');
    branches.forEach((b, i) => out.push(`BRDA:${b.range.start.line + 1},${i},0,${b.hits === 0 ? '-' : b.hits}`));
    out.push(`BRF:${branches.length}`, `BRH:${branches.filter((b) => b.hits > 0).length}`);
    for (const s of states) out.push(`DA:${s.range.start.line + 1},${s.hits}`);
    out.push(`LF:${states.length}`, `LH:${states.filter((s) => s.hits > 0).length}`, 'end_of_record');
  }
  return out.join('\n') + '\n';
}
