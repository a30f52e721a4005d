/*
 * Completion of state names in an `asl test` file: the definition's Task states as keys under a
 * case's `mocks`, any state as a key under `expect.states` and as an item of `expect.path`,
 * `visits` and `notVisits` (the expectation kinds of server/src/testProtocol.ts). Items are written
 * by completion/items.ts. Pure: the caller gives the definition.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { AslDocument, AslState } from '../../asl/types';
import type { ExpectationKind } from '../../testProtocol';
import { cursorAt, type Cursor } from '../completion/cursor';
import { keyItem, valueItem, type CompletionContext } from '../completion/items';
import { resolveScope } from '../completion/scope';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Expectations whose items are state names. */
const STATE_LISTS: readonly ExpectationKind[] = ['path', 'visits', 'notVisits'];
const STATE_KEYS: ExpectationKind = 'states';

type Slot = { kind: 'key'; tasksOnly: boolean } | { kind: 'value' };

export function testFileCompletion(
  textDocument: TextDocument,
  testFile: AslDocument,
  position: Position,
  definition: AslDocument | undefined,
): CompletionList {
  const cursor = cursorAt(testFile, textDocument.offsetAt(position));
  const slot = cursor === undefined ? undefined : slotAt(cursor);
  if (cursor === undefined || slot === undefined || definition === undefined) return EMPTY;
  const replaceRange = {
    start: textDocument.positionAt(cursor.replace.start),
    end: textDocument.positionAt(cursor.replace.end),
  };
  const ctx: CompletionContext = {
    document: textDocument,
    asl: testFile,
    cursor,
    scope: resolveScope(testFile, []),
    replaceRange,
  };
  const present = new Set(cursor.kind === 'key' ? (cursor.object?.properties.map((p) => p.key) ?? []) : []);
  const states = uniqueStates(definition).filter((s) => !present.has(s.name));
  if (slot.kind === 'value') return { isIncomplete: false, items: states.map((s) => stateValue(ctx, s)) };
  const keys = slot.tasksOnly ? states.filter((s) => s.type === 'Task') : states;
  return { isIncomplete: false, items: keys.map((s) => stateKey(ctx, s)) };
}

/** Where state names go: keys of `cases.<case>.mocks` / `.expect.states`, items of `.expect.path` etc. */
function slotAt(cursor: Cursor): Slot | undefined {
  const [cases, , section, kind, index] = cursor.path;
  if (cases !== 'cases') return undefined;
  if (cursor.kind === 'key' && cursor.path.length === 3 && section === 'mocks') return { kind: 'key', tasksOnly: true };
  if (section !== 'expect') return undefined;
  if (cursor.kind === 'key' && cursor.path.length === 4 && kind === STATE_KEYS)
    return { kind: 'key', tasksOnly: false };
  const list = STATE_LISTS.includes(kind as ExpectationKind);
  if (list && cursor.kind === 'value' && typeof index === 'number') return { kind: 'value' };
  return undefined;
}

function uniqueStates(definition: AslDocument): AslState[] {
  const seen = new Set<string>();
  return definition.allStates.filter((s) => !seen.has(s.name) && seen.add(s.name) !== undefined);
}

function stateKey(ctx: CompletionContext, state: AslState): CompletionItem {
  return { ...keyItem(ctx, state.name, undefined), kind: CompletionItemKind.Reference, detail: state.type ?? 'state' };
}

function stateValue(ctx: CompletionContext, state: AslState): CompletionItem {
  const kind = CompletionItemKind.Reference;
  return valueItem(ctx, { label: state.name, kind, value: state.name, detail: state.type ?? 'state' });
}
