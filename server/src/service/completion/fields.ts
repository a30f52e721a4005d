/*
 * Field names at a key position: the fields this state type (or nested shape: Retry/Catch items,
 * Choice rules, ProcessorConfig, ItemReader, ...) allows in the current query language, minus those
 * already present. Required fields sort first, deprecated ones last.
 */
import { type CompletionItem, CompletionItemTag } from 'vscode-languageserver-types';
import { shapeSpec, stateTypeSpec, type FieldConstraints, type FieldSpec } from '../../asl/spec';
import { type CompletionContext, keyItem } from './items';
import { objectAt } from './scope';

function requiredNames(constraints: FieldConstraints | undefined): Set<string> {
  const out = new Set<string>();
  for (const g of [...(constraints?.required ?? []), ...(constraints?.exactlyOneOf ?? [])])
    for (const f of g.fields) out.add(f);
  return out;
}

function constraintsOf(ctx: CompletionContext, shape: string): FieldConstraints | undefined {
  if (shape !== 'state') return shapeSpec(shape)?.constraints;
  const type = ctx.scope.state?.type;
  return type === undefined ? undefined : stateTypeSpec(type)?.constraints;
}

/** Keys already written in the object, except the one being edited. */
function presentKeys(ctx: CompletionContext): Set<string> {
  const out = new Set<string>();
  for (const p of ctx.cursor.object?.properties ?? []) if (p !== ctx.cursor.property) out.add(p.key);
  return out;
}

/** Sort group of a field: required first, then the rest, deprecated last. */
function sortGroup(deprecated: boolean, required: boolean): string {
  if (deprecated) return '2';
  return required ? '0' : '1';
}

export function fieldItems(ctx: CompletionContext): CompletionItem[] {
  const scope = ctx.scope;
  if (scope.state !== undefined && scope.rel.length === 0 && stateTypeSpec(scope.state.type ?? '') === undefined) {
    return untypedStateItems(ctx);
  }
  const target = objectAt(scope);
  if (target === undefined) return [];
  const present = presentKeys(ctx);
  const required = requiredNames(constraintsOf(ctx, target.shape));
  const items: CompletionItem[] = [];
  Object.values(target.fields).forEach((field, i) => {
    if (!field.languages.includes(scope.language) || present.has(field.name)) return;
    const group = sortGroup(Boolean(field.deprecated), required.has(field.name));
    const item = keyItem(ctx, field.name, field);
    item.sortText = `${group}${String(i).padStart(3, '0')}`;
    if (field.deprecated) item.tags = [CompletionItemTag.Deprecated];
    items.push(item);
  });
  return items;
}

/** A state without a (known) Type: offer Type first, then the fields common to every state. */
function untypedStateItems(ctx: CompletionContext): CompletionItem[] {
  const pass = stateTypeSpec('Pass');
  if (pass === undefined) return [];
  const present = presentKeys(ctx);
  const common: FieldSpec[] = ['Type', 'Comment', 'QueryLanguage']
    .map((n) => pass.fields[n])
    .filter((f) => f !== undefined);
  common[0] = {
    ...common[0],
    doc: 'The state type: `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.',
  };
  return common
    .filter((f) => !present.has(f.name))
    .map((f, i) => {
      const item = keyItem(ctx, f.name, f);
      item.sortText = `0${i}`;
      return item;
    });
}
