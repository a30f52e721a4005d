/*
 * Enumerated values: state types for `Type`, the enum of any field (QueryLanguage, Mode,
 * ExecutionType, JitterStrategy, InputType, ...) and booleans.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { stateTypeSpec, type FieldSpec } from '../../asl/spec';
import { type CompletionContext, valueItem } from './items';

export function enumItems(ctx: CompletionContext, field: FieldSpec): CompletionItem[] {
  return (field.enum ?? []).map((value, i) =>
    valueItem(ctx, {
      label: value,
      kind: CompletionItemKind.EnumMember,
      value,
      detail: field.name === 'Type' ? 'State type' : `${field.name} value`,
      doc: field.name === 'Type' ? stateTypeSpec(value)?.doc : field.doc,
      sortText: String(i).padStart(3, '0'),
    }),
  );
}

export function booleanItems(ctx: CompletionContext, field: FieldSpec): CompletionItem[] {
  const values = field.name === 'End' ? ['true'] : ['true', 'false'];
  return values.map((value) =>
    valueItem(ctx, {
      label: value,
      kind: CompletionItemKind.Value,
      value,
      literal: true,
      detail: field.name,
      doc: field.doc,
    }),
  );
}
