/*
 * Renders plain JSON values as block YAML (for state snippets and request skeletons in .asl.yaml).
 * Pure string building; strings are plain when safe, double-quoted otherwise.
 */
import { yamlString } from './items';

function scalar(v: unknown): string {
  if (typeof v === 'string') return yamlString(v);
  if (v === null || v === undefined) return 'null';
  return String(v);
}

function isEmptyContainer(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

/** Lines of `value` as a YAML block at `indent`; the first line carries no indentation. */
export function toYaml(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value.map((item, i) => `${i === 0 ? '' : indent}- ${itemText(item, `${indent}  `)}`).join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return entries
      .map(([k, v], i) => `${i === 0 ? '' : indent}${yamlString(k)}:${valueText(v, `${indent}  `)}`)
      .join('\n');
  }
  return scalar(value);
}

function valueText(v: unknown, indent: string): string {
  if (typeof v === 'object' && v !== null && !isEmptyContainer(v)) return `\n${indent}${toYaml(v, indent)}`;
  return ` ${toYaml(v, indent)}`;
}

function itemText(v: unknown, indent: string): string {
  return toYaml(v, indent);
}
