/*
 * Small completion payloads for LSP 3.17 clients: what every item shares goes once into the list's
 * `itemDefaults` (edit range, insert text format, commit characters), an item's text is sent only
 * when it differs from its label (`textEditText`), and `detail` / `documentation` wait for
 * `completionItem/resolve` when the client resolves them lazily. Clients that announce none of this
 * get the items as the service built them. Knows LSP shapes only, no ASL.
 */
import type {
  ClientCapabilities,
  CompletionItem,
  CompletionList,
  InsertTextFormat,
  Range,
} from 'vscode-languageserver';

type CompletionItemDefaults = NonNullable<CompletionList['itemDefaults']>;

export interface CompletionSupport {
  readonly editRange: boolean;
  readonly insertTextFormat: boolean;
  readonly commitCharacters: boolean;
  /** Item properties the client fetches with completionItem/resolve. */
  readonly lazy: ReadonlySet<string>;
}

export const NO_COMPLETION_SUPPORT: CompletionSupport = {
  editRange: false,
  insertTextFormat: false,
  commitCharacters: false,
  lazy: new Set(),
};

export function completionSupportOf(capabilities: ClientCapabilities): CompletionSupport {
  const completion = capabilities.textDocument?.completion;
  const defaults = new Set(completion?.completionList?.itemDefaults ?? []);
  const lazy = new Set(completion?.completionItem?.resolveSupport?.properties ?? []);
  return {
    editRange: defaults.has('editRange'),
    insertTextFormat: defaults.has('insertTextFormat'),
    commitCharacters: defaults.has('commitCharacters'),
    lazy: new Set(['detail', 'documentation'].filter((p) => lazy.has(p))),
  };
}

type Held = Pick<CompletionItem, 'detail' | 'documentation'>;

/** The last list's lazy properties, by item identity, for completionItem/resolve. */
export class CompletionPayloads {
  private held = new Map<string, Held>();

  constructor(private readonly support: () => CompletionSupport) {}

  compact(list: CompletionList): CompletionList {
    const support = this.support();
    this.held = new Map();
    if (list.items.length === 0) return list;
    const itemDefaults: CompletionItemDefaults = {};
    const items = list.items; // built for this request: compacted in place
    if (support.editRange) shareRange(items, itemDefaults);
    if (support.insertTextFormat) shareFormat(items, itemDefaults);
    if (support.commitCharacters) shareCommitCharacters(items, itemDefaults);
    if (support.lazy.size > 0) this.hold(items, support.lazy);
    const compacted: CompletionList = { isIncomplete: list.isIncomplete, items };
    if (Object.keys(itemDefaults).length > 0) compacted.itemDefaults = itemDefaults;
    return compacted;
  }

  /** The held properties of an item of the last list; any other item as it came. */
  resolve(item: CompletionItem): CompletionItem {
    const full = this.held.get(keyOf(item));
    if (full === undefined) return item;
    const resolved = { ...item };
    if (full.detail !== undefined) resolved.detail = full.detail;
    if (full.documentation !== undefined) resolved.documentation = full.documentation;
    return resolved;
  }

  private hold(items: CompletionItem[], lazy: ReadonlySet<string>): void {
    const detail = lazy.has('detail');
    const documentation = lazy.has('documentation');
    for (const item of items) {
      const held: Held = {};
      if (detail && item.detail !== undefined) {
        held.detail = item.detail;
        delete item.detail;
      }
      if (documentation && item.documentation !== undefined) {
        held.documentation = item.documentation;
        delete item.documentation;
      }
      if (held.detail !== undefined || held.documentation !== undefined) this.held.set(keyOf(item), held);
    }
  }
}

/** What the client sends back on resolve and tells items apart: label, kind and sort text. */
function keyOf(item: CompletionItem): string {
  return `${item.label}\u0000${item.kind ?? ''}\u0000${item.sortText ?? ''}`;
}

/** The edit range of the first item becomes the default; items with it send only their text (if not the label). */
function shareRange(items: CompletionItem[], defaults: CompletionItemDefaults): void {
  const first = items.find((i) => i.textEdit !== undefined && 'range' in i.textEdit)?.textEdit;
  if (first === undefined || !('range' in first)) return;
  const range = first.range;
  let shared = 0;
  for (const item of items) {
    const edit = item.textEdit;
    if (edit === undefined || !('range' in edit) || !sameRange(edit.range, range)) continue;
    delete item.textEdit;
    if (edit.newText !== item.label) item.textEditText = edit.newText;
    shared++;
  }
  if (shared > 0) defaults.editRange = range;
}

/** A format every item states the same way becomes the default. */
function shareFormat(items: CompletionItem[], defaults: CompletionItemDefaults): void {
  const format: InsertTextFormat | undefined = items[0].insertTextFormat;
  if (format === undefined || !items.every((i) => i.insertTextFormat === format)) return;
  for (const item of items) delete item.insertTextFormat;
  defaults.insertTextFormat = format;
}

function shareCommitCharacters(items: CompletionItem[], defaults: CompletionItemDefaults): void {
  const chars = items[0].commitCharacters;
  if (chars === undefined) return;
  const same = (c: string[] | undefined): boolean => c !== undefined && c.join('\u0000') === chars.join('\u0000');
  if (!items.every((i) => same(i.commitCharacters))) return;
  for (const item of items) delete item.commitCharacters;
  defaults.commitCharacters = chars;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
