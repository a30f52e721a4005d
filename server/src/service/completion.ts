/*
 * Completion for ASL documents (JSON and YAML, JSONPath and JSONata): state names, new-state
 * snippets, field names, enum values, Resource ARNs, error names, expressions inside strings.
 * Pure: (TextDocument, AslDocument, Position) → CompletionList. Knows no LSP connection; a bug
 * throws (lsp/runSafe.ts logs it).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import { fieldKinds } from '../asl/spec';
import type { AslDocument, AslMachine } from '../asl/types';
import { cursorAt } from './completion/cursor';
import { errorNameItems } from './completion/errorNames';
import { expressionItems } from './completion/expressions';
import { fieldItems } from './completion/fields';
import type { CompletionContext } from './completion/items';
import { itemSnippetItems } from './completion/itemSnippets';
import { payloadKeyItems } from './completion/payloadKeys';
import { resourceItems } from './completion/resources';
import { fieldAt, objectAt, resolveScope } from './completion/scope';
import { stateNameItems } from './completion/stateNames';
import { stateSnippetItems } from './completion/stateSnippets';
import { booleanItems, enumItems } from './completion/values';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export interface CompletionOptions {
  /** At most this many state names in a machine's list (more: an incomplete list filtered by the typed text). */
  readonly maxStateNames?: number;
}

/** The completion list at `position`. Throws on an internal bug: the LSP layer's runSafe logs it. */
export function doComplete(
  textDocument: TextDocument,
  asl: AslDocument,
  position: Position,
  options: CompletionOptions = {},
): CompletionList {
  const offset = textDocument.offsetAt(position);
  const cursor = cursorAt(asl, offset);
  if (cursor === undefined) return EMPTY;
  const replaceRange = {
    start: textDocument.positionAt(cursor.replace.start),
    end: textDocument.positionAt(cursor.replace.end),
  };
  const ctx: CompletionContext = {
    document: textDocument,
    asl,
    cursor,
    scope: resolveScope(asl, cursor.path),
    replaceRange,
    maxStateNames: options.maxStateNames,
  };
  const items = cursor.kind === 'key' ? keyItems(ctx) : valueItems(ctx);
  return Array.isArray(items) ? { isIncomplete: false, items } : items;
}

/** Items, or a list when it is incomplete (the client asks again as the user types). */
type Found = CompletionItem[] | CompletionList;

function keyItems(ctx: CompletionContext): Found {
  const { scope, cursor } = ctx;
  if (cursor.newItem && objectAt(scope) === undefined && fieldAt(scope)?.item) {
    return valueItems({ ...ctx, cursor: { ...cursor, kind: 'value' }, replaceRange: ctx.replaceRange });
  }
  if (scope.state === undefined && scope.rel.length === 1 && scope.rel[0] === 'States') return stateSnippetItems(ctx);
  const fields = fieldItems(ctx);
  return fields.length > 0 ? fields : payloadKeyItems(ctx);
}

function valueItems(ctx: CompletionContext): Found {
  const expr = expressionItems(ctx);
  if (expr !== undefined) return expr;
  const found = fieldAt(ctx.scope);
  if (found === undefined) return [];
  const { field, item } = found;
  if (field.name === 'ErrorEquals') return item ? errorNameItems(ctx) : [];
  if (item) return itemSnippetItems(ctx, field.itemShape);
  if (field.kinds.includes('stateName')) return ctx.scope.machine ? stateNames(ctx, ctx.scope.machine) : [];
  if (field.name === 'Resource') return resourceItems(ctx);
  if (field.enum !== undefined) return enumItems(ctx, field);
  if (fieldKinds(field, ctx.scope.language).includes('boolean')) return booleanItems(ctx, field);
  return [];
}

function stateNames(ctx: CompletionContext, machine: AslMachine): CompletionList {
  const { items, incomplete } = stateNameItems(ctx, machine, ctx.scope.state, ctx.maxStateNames);
  return { isIncomplete: incomplete, items };
}
