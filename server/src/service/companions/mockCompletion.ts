/*
 * Completion in a mock file: the machine names of the definitions beside it under
 * "StateMachines", the definition's Task states as keys of a test case, and the MockedResponses
 * names as their values. Items are written by completion/items.ts (the one place that quotes keys
 * and values for JSON). Pure: the definitions come from the caller.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { AslDocument } from '../../asl/types';
import { cursorAt, type Cursor } from '../completion/cursor';
import { keyItem, TRIGGER_SUGGEST, valueItem, type CompletionContext } from '../completion/items';
import { resolveScope } from '../completion/scope';
import type { CompanionDefinitions } from './mockDiagnostics';
import { readMockFile } from './mockModel';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export function mockFileCompletion(
  textDocument: TextDocument,
  mock: AslDocument,
  position: Position,
  definitions: CompanionDefinitions | undefined,
): CompletionList {
  const cursor = cursorAt(mock, textDocument.offsetAt(position));
  if (cursor === undefined || definitions === undefined) return EMPTY;
  const replaceRange = {
    start: textDocument.positionAt(cursor.replace.start),
    end: textDocument.positionAt(cursor.replace.end),
  };
  const ctx: CompletionContext = {
    document: textDocument,
    asl: mock,
    cursor,
    scope: resolveScope(mock, []),
    replaceRange,
  };
  return { isIncomplete: false, items: itemsAt(ctx, cursor, definitions) };
}

function itemsAt(ctx: CompletionContext, cursor: Cursor, definitions: CompanionDefinitions): CompletionItem[] {
  const [top, machine, testCases, , state] = cursor.path;
  if (top !== 'StateMachines') return [];
  if (cursor.kind === 'key' && cursor.path.length === 1) return machineItems(ctx, definitions);
  if (testCases !== 'TestCases' || typeof machine !== 'string') return [];
  if (cursor.kind === 'key' && cursor.path.length === 4) return stateItems(ctx, definitions.definition(machine));
  if (cursor.kind === 'value' && cursor.path.length === 5 && typeof state === 'string') return responseItems(ctx);
  return [];
}

function machineItems(ctx: CompletionContext, definitions: CompanionDefinitions): CompletionItem[] {
  const present = new Set(readMockFile(ctx.asl).machines.map((m) => m.name));
  return definitions.machineNames
    .filter((name) => !present.has(name))
    .map((name) => ({ ...keyItem(ctx, name, undefined), kind: CompletionItemKind.Module, detail: 'state machine' }));
}

/** The definition's Task states (any machine, nested ones too), those not mocked yet in this test case. */
function stateItems(ctx: CompletionContext, definition: AslDocument | undefined): CompletionItem[] {
  const mocked = new Set(ctx.cursor.object?.properties.map((p) => p.key) ?? []);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const state of definition?.allStates ?? []) {
    if (state.type !== 'Task' || mocked.has(state.name) || seen.has(state.name)) continue;
    seen.add(state.name);
    const item = keyItem(ctx, state.name, undefined);
    items.push({ ...item, kind: CompletionItemKind.Reference, detail: 'Task state', command: TRIGGER_SUGGEST });
  }
  return items;
}

function responseItems(ctx: CompletionContext): CompletionItem[] {
  return readMockFile(ctx.asl).responses.map((r) =>
    valueItem(ctx, { label: r.name, kind: CompletionItemKind.Value, value: r.name, detail: 'mocked response' }),
  );
}
