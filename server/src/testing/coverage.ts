/*
 * State coverage of a definition: its states, Choice rules and Default, catchers and retriers
 * (DefinitionCoverage of testProtocol.ts, located in the definition), how often the cases reached
 * each, merged across test files and workers, and the summary figures. Pure.
 */
import { getProperty, getPropertyValue, stringValue, type AslDocument, type AslNode, type Span } from '../asl';
import { LineIndex } from '../asl/lines';
import type { BranchKind } from '../interpreter/environment';
import type { CoverageItem, CoverageItemKind, DefinitionCoverage, TestRange } from '../testProtocol';
import { branchKey, type ExecutionRecord } from './record';

/** Coverage items of a definition with no hits yet, in document order. */
export function coverageOf(doc: AslDocument, definitionPath: string): DefinitionCoverage {
  const lines = new LineIndex(doc.text);
  const range = (span: Span): TestRange => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  const items: CoverageItem[] = [];
  for (const state of doc.allStates) {
    const add = (kind: CoverageItemKind, label: string, span: Span, index?: number) =>
      items.push({
        kind,
        state: state.name,
        ...(index === undefined ? {} : { index }),
        label,
        hits: 0,
        range: range(span),
      });
    add('state', state.name, state.nameSpan);
    const node = state.node;
    if (state.type === 'Choice') choiceItems(node, add);
    arrayItems(getPropertyValue(node, 'Retry'), (rule, i) =>
      add('retry', `Retry[${i}] ${errorsOf(rule)}`, rule.span, i),
    );
    arrayItems(getPropertyValue(node, 'Catch'), (rule, i) =>
      add(
        'catch',
        `Catch[${i}] ${errorsOf(rule)} → ${stringValue(getPropertyValue(rule, 'Next')) ?? '?'}`,
        rule.span,
        i,
      ),
    );
  }
  return { definitionPath, items };
}

type Add = (kind: CoverageItemKind, label: string, span: Span, index?: number) => void;

function choiceItems(node: AslNode | undefined, add: Add): void {
  arrayItems(getPropertyValue(node, 'Choices'), (rule, i) =>
    add('choiceRule', `Choices[${i}] → ${stringValue(getPropertyValue(rule, 'Next')) ?? '?'}`, rule.span, i),
  );
  const def = getProperty(node, 'Default');
  if (def !== undefined) add('choiceDefault', `Default → ${stringValue(def.value) ?? '?'}`, def.span);
}

function arrayItems(node: AslNode | undefined, each: (item: AslNode, index: number) => void): void {
  if (node?.kind === 'array') node.items.forEach(each);
}

function errorsOf(rule: AslNode): string {
  const errors = getPropertyValue(rule, 'ErrorEquals');
  if (errors?.kind !== 'array') return '?';
  return errors.items.map((e) => stringValue(e) ?? '?').join(', ');
}

const BRANCH_KINDS: Partial<Record<CoverageItemKind, BranchKind>> = {
  choiceRule: 'choiceRule',
  choiceDefault: 'choiceDefault',
  catch: 'catch',
  retry: 'retry',
};

/** The coverage with one execution's hits added. */
export function addExecution(coverage: DefinitionCoverage, record: ExecutionRecord): DefinitionCoverage {
  const items = coverage.items.map((item) => {
    const hits = hitsOf(item, record);
    return hits === 0 ? item : { ...item, hits: item.hits + hits };
  });
  return { definitionPath: coverage.definitionPath, items };
}

function hitsOf(item: CoverageItem, record: ExecutionRecord): number {
  const branch = BRANCH_KINDS[item.kind];
  if (branch === undefined) return record.visits.get(item.state)?.length ?? 0;
  return record.branches.get(branchKey(branch, item.state, item.index ?? 0)) ?? 0;
}

/** One entry per definition, sorted by path (the order does not depend on who ran what); hits summed item by item. */
export function mergeCoverage(all: readonly DefinitionCoverage[]): DefinitionCoverage[] {
  const byPath = new Map<string, DefinitionCoverage>();
  for (const c of all) {
    const seen = byPath.get(c.definitionPath);
    byPath.set(c.definitionPath, seen === undefined ? c : sumHits(seen, c));
  }
  return [...byPath.values()].sort((a, b) =>
    a.definitionPath < b.definitionPath ? -1 : Number(a.definitionPath > b.definitionPath),
  );
}

function sumHits(a: DefinitionCoverage, b: DefinitionCoverage): DefinitionCoverage {
  const key = (i: CoverageItem) => `${i.kind}\u0000${i.state}\u0000${i.index ?? 0}`;
  const extra = new Map(b.items.map((i) => [key(i), i.hits]));
  return { ...a, items: a.items.map((i) => ({ ...i, hits: i.hits + (extra.get(key(i)) ?? 0) })) };
}

export interface CoverageFigures {
  readonly states: Ratio;
  /** Choice rules and Defaults. */
  readonly choices: Ratio;
  readonly catches: Ratio;
  readonly retries: Ratio;
  readonly all: Ratio;
}
export interface Ratio {
  readonly covered: number;
  readonly total: number;
}

export function figuresOf(items: readonly CoverageItem[]): CoverageFigures {
  const ratio = (kinds: readonly CoverageItemKind[]): Ratio => {
    const of = items.filter((i) => kinds.includes(i.kind));
    return { covered: of.filter((i) => i.hits > 0).length, total: of.length };
  };
  return {
    states: ratio(['state']),
    choices: ratio(['choiceRule', 'choiceDefault']),
    catches: ratio(['catch']),
    retries: ratio(['retry']),
    all: ratio(['state', 'choiceRule', 'choiceDefault', 'catch', 'retry']),
  };
}
