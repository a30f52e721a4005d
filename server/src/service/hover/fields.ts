/*
 * Hover text for fields (on a key) and for values with a meaning of their own: state types,
 * enum values, known Resource ARNs, error names in ErrorEquals or a Fail state's Error.
 */
import { RESOURCES, errorSpec, stateTypeSpec, type FieldSpec } from '../../asl/spec';
import type { QueryLanguage } from '../../asl/types';

export function fieldDoc(field: FieldSpec, language: QueryLanguage): string {
  const lines = [`**${field.name}**`, field.doc];
  if (field.languages.length === 1) {
    const only = field.languages[0];
    lines.push(only === language ? `_${only} only._` : `_${only} only: not allowed in a ${language} state._`);
  }
  if (field.enum !== undefined && field.enum.length > 0)
    lines.push(`Values: ${field.enum.map((v) => `\`${v}\``).join(', ')}`);
  if (field.deprecated !== undefined) lines.push(`_Deprecated._ ${field.deprecated}`);
  return lines.join('\n\n');
}

/** Docs for a value of `field`, when the value itself has something to say. */
export function valueDoc(field: FieldSpec, value: unknown, item: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (field.name === 'Type' && !item) return stateTypeSpec(value)?.doc;
  if (field.name === 'ErrorEquals' || field.name === 'Error') return errorDoc(value);
  if (field.name === 'Resource') {
    const r = RESOURCES.find((x) => x.arn === value);
    return r === undefined ? undefined : `**${r.label}**\n\n${r.doc}`;
  }
  if (field.enum !== undefined && field.enum.includes(value))
    return `\`${value}\`: value of **${field.name}**\n\n${field.doc}`;
  return undefined;
}

export function errorDoc(name: string): string | undefined {
  const e = errorSpec(name);
  if (e === undefined) return undefined;
  const note = e.matchedByAll ? '' : '\n\n_Not matched by `States.ALL`._';
  return `**\`${e.name}\`**\n\n${e.doc}${note}`;
}
