/*
 * A short, readable form of a Choice rule for the graph preview's edge labels: `$.total > 100`,
 * `$.plan == "enterprise"`, `!(...)`, `a && b`, JSONata `Condition` text without `{% %}`. Pure; it
 * only formats what the model holds (validation and evaluation live elsewhere).
 */
import { getPropertyValue, nodeToValue, stringValue } from '../../asl/nodes';
import type { AslNode } from '../../asl/types';

const RELATIONS: readonly (readonly [string, string])[] = [
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
  ['Equals', '=='],
];

/** The label of a rule (an element of `Choices`), or undefined when nothing readable is there. */
export function choiceRuleLabel(rule: AslNode | undefined): string | undefined {
  if (rule === undefined || rule.kind !== 'object') return undefined;
  const condition = stringValue(getPropertyValue(rule, 'Condition'));
  if (condition !== undefined) return jsonataText(condition);
  return comparisonText(rule);
}

function jsonataText(condition: string): string {
  const match = /^\s*\{%([\s\S]*)%\}\s*$/.exec(condition);
  return (match === null ? condition : match[1]).trim();
}

function comparisonText(rule: AslNode & { kind: 'object' }): string | undefined {
  for (const prop of rule.properties) {
    const text = combinatorText(prop.key, prop.value) ?? operatorText(rule, prop.key, prop.value);
    if (text !== undefined) return text;
  }
  return undefined;
}

function combinatorText(key: string, value: AslNode | undefined): string | undefined {
  if (key === 'Not') return `!(${choiceRuleLabel(value) ?? '?'})`;
  if ((key !== 'And' && key !== 'Or') || value?.kind !== 'array') return undefined;
  const parts = value.items.map((item) => choiceRuleLabel(item) ?? '?');
  return parts.map((p) => (parts.length > 1 && /&&|\|\|/.test(p) ? `(${p})` : p)).join(key === 'And' ? ' && ' : ' || ');
}

/** Cheap key tests first: every property of a rule (Variable, Next, ...) is tried until one is an operator. */
function operatorText(rule: AslNode, key: string, value: AslNode | undefined): string | undefined {
  const is = key.startsWith('Is');
  const matches = key === 'StringMatches';
  const relation = is || matches ? undefined : relationOf(key);
  if (!is && !matches && relation === undefined) return undefined;
  const variable = stringValue(getPropertyValue(rule, 'Variable')) ?? '?';
  if (is) return `${nodeToValue(value) === false ? '!' : ''}${key.slice(2).toLowerCase()}(${variable})`;
  return `${variable} ${relation ?? 'like'} ${operandText(key, value)}`;
}

/** The symbol of a comparison operator (`NumericGreaterThanPath` → `>`), or undefined for other keys. */
function relationOf(key: string): string | undefined {
  if (!/^(String|Numeric|Boolean|Timestamp)/.test(key)) return undefined;
  const operator = key.endsWith('Path') ? key.slice(0, -4) : key;
  return RELATIONS.find(([suffix]) => operator.endsWith(suffix))?.[1];
}

function operandText(key: string, value: AslNode | undefined): string {
  const raw = nodeToValue(value);
  if (typeof raw === 'string') return key.endsWith('Path') ? raw : JSON.stringify(raw);
  return JSON.stringify(raw) ?? '?';
}
