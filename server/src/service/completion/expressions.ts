/*
 * Completion inside expression strings. JSONPath: `.$` values, Assign values and path fields get
 * `$$.` context paths and `$variables`, plus intrinsic functions where those are allowed.
 * JSONata: inside `{% %}`, `$states` members, context paths, variables and functions.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import { contextPathItems } from './contextPaths';
import { intrinsicItems } from './intrinsics';
import type { CompletionContext } from './items';
import { jsonataFunctionItems, statesMemberItems } from './jsonataFunctions';
import { fieldAt } from './scope';
import { tokenAt } from './tokens';
import { variableItems } from './variableNames';

type PathMode = 'full' | 'path';

function jsonPathMode(ctx: CompletionContext): PathMode | undefined {
  const rel = ctx.scope.rel;
  const keys = rel.filter((s): s is string => typeof s === 'string');
  const last = keys[keys.length - 1];
  if (last !== undefined && last.endsWith('.$')) return 'full';
  if (keys.includes('Assign')) return 'full';
  const f = fieldAt(ctx.scope)?.field;
  if (f === undefined) return undefined;
  if (f.kinds.includes('intrinsic')) return 'full';
  if ((f.kinds.includes('path') || f.kinds.includes('referencePath')) && f.name !== 'ResultPath') return 'path';
  return undefined;
}

/** True when the cursor sits between `{%` and `%}` in the string content. */
function insideJsonata(text: string, contentStart: number, offset: number): boolean {
  const before = text.slice(contentStart, offset);
  const open = before.lastIndexOf('{%');
  return open >= 0 && before.indexOf('%}', open) < 0;
}

/** Items for an expression string at the cursor, or undefined when the cursor is not in one. */
export function expressionItems(ctx: CompletionContext): CompletionItem[] | undefined {
  const node = ctx.cursor.node;
  if (ctx.cursor.kind !== 'value' || node === undefined || node.kind !== 'string') return undefined;
  const text = ctx.asl.text;
  const token = tokenAt(text, node.contentSpan, ctx.cursor.offset);
  if (ctx.scope.language === 'JSONata') {
    if (!insideJsonata(text, node.contentSpan.start, ctx.cursor.offset)) return undefined;
    return [
      ...statesMemberItems(ctx, token),
      ...contextPathItems(ctx, token, '$states.context.'),
      ...variableItems(ctx, token),
      ...jsonataFunctionItems(ctx, token),
    ];
  }
  const mode = jsonPathMode(ctx);
  if (mode === undefined) return undefined;
  return [
    ...variableItems(ctx, token),
    ...contextPathItems(ctx, token, '$$.'),
    ...(mode === 'full' ? intrinsicItems(ctx, token) : []),
  ];
}
