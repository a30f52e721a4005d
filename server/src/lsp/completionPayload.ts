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

/** The last list's items as the service built them, for completionItem/resolve. */
export class CompletionPayloads {
  private last: readonly CompletionItem[] = [];

  constructor(private readonly support: () => CompletionSupport) {}

  compact(list: CompletionList): CompletionList {
    const support = this.support();
    this.last = support.lazy.size > 0 ? list.items : [];
    if (list.items.length === 0) return list;
    const itemDefaults: CompletionItemDefaults = {};
    const range = support.editRange ? sharedRange(list.items) : undefined;
    if (range !== undefined) itemDefaults.editRange = range;
    const format = support.insertTextFormat ? sharedFormat(list.items) : undefined;
    if (format !== undefined) itemDefaults.insertTextFormat = format;
    const chars = support.commitCharacters ? sharedCommitCharacters(list.items) : undefined;
    if (chars !== undefined) itemDefaults.commitCharacters = chars;
    const shared: Shared = {
      range,
      format: format !== undefined,
      chars: chars !== undefined,
      detail: !support.lazy.has('detail'),
      documentation: !support.lazy.has('documentation'),
    };
    const source = list.items;
    const items = new Array<CompletionItem>(source.length);
    for (let i = 0; i < source.length; i++) items[i] = compactItem(source[i], shared);
    const compacted: CompletionList = { isIncomplete: list.isIncomplete, items };
    if (Object.keys(itemDefaults).length > 0) compacted.itemDefaults = itemDefaults;
    return compacted;
  }

  /**
   * The held properties of an item of the last list (the last item with its identity); any other
   * item as it came. A linear search: resolve asks for one item, the list is built far more often.
   */
  resolve(item: CompletionItem): CompletionItem {
    const key = keyOf(item);
    const items = this.last;
    let full: CompletionItem | undefined;
    for (let i = items.length - 1; i >= 0 && full === undefined; i--) if (keyOf(items[i]) === key) full = items[i];
    if (full === undefined || (full.detail === undefined && full.documentation === undefined)) return item;
    const resolved = { ...item };
    if (full.detail !== undefined) resolved.detail = full.detail;
    if (full.documentation !== undefined) resolved.documentation = full.documentation;
    return resolved;
  }
}

/**
 * A new item without what the list's defaults say and what waits for resolve: named properties in
 * one order (not a copy key by key, nor deletes: both make objects slow to build and to encode).
 */
function compactItem(item: CompletionItem, shared: Shared): CompletionItem {
  const out: CompletionItem = { label: item.label };
  if (item.labelDetails !== undefined) out.labelDetails = item.labelDetails;
  if (item.kind !== undefined) out.kind = item.kind;
  if (item.tags !== undefined) out.tags = item.tags;
  if (item.detail !== undefined && shared.detail) out.detail = item.detail;
  if (item.documentation !== undefined && shared.documentation) out.documentation = item.documentation;
  if (item.deprecated !== undefined) out.deprecated = item.deprecated;
  if (item.preselect !== undefined) out.preselect = item.preselect;
  if (item.sortText !== undefined) out.sortText = item.sortText;
  if (item.filterText !== undefined) out.filterText = item.filterText;
  if (item.insertText !== undefined) out.insertText = item.insertText;
  if (item.insertTextFormat !== undefined && !shared.format) out.insertTextFormat = item.insertTextFormat;
  if (item.insertTextMode !== undefined) out.insertTextMode = item.insertTextMode;
  compactEdit(item, shared.range, out);
  if (item.additionalTextEdits !== undefined) out.additionalTextEdits = item.additionalTextEdits;
  if (item.commitCharacters !== undefined && !shared.chars) out.commitCharacters = item.commitCharacters;
  if (item.command !== undefined) out.command = item.command;
  if (item.data !== undefined) out.data = item.data;
  return out;
}

/** The item's edit, or only its text when its range is the list's default (nothing when that text is the label). */
function compactEdit(item: CompletionItem, range: Range | undefined, out: CompletionItem): void {
  const edit = item.textEdit;
  if (edit !== undefined && range !== undefined && 'range' in edit && sameRange(edit.range, range)) {
    if (edit.newText !== item.label) out.textEditText = edit.newText;
  } else if (edit !== undefined) out.textEdit = edit;
  else if (item.textEditText !== undefined) out.textEditText = item.textEditText;
}

interface Shared {
  readonly range: Range | undefined;
  readonly format: boolean;
  readonly chars: boolean;
  /** Whether detail / documentation go in the item (false: they wait for resolve). */
  readonly detail: boolean;
  readonly documentation: boolean;
}

/** What the client sends back on resolve and tells items apart: label, kind and sort text. */
function keyOf(item: CompletionItem): string {
  return `${item.label}\u0000${item.kind ?? ''}\u0000${item.sortText ?? ''}`;
}

/** The edit range of the first item that has one becomes the default (items with it then send only their text). */
function sharedRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items.find((i) => i.textEdit !== undefined && 'range' in i.textEdit)?.textEdit;
  return first !== undefined && 'range' in first ? first.range : undefined;
}

/** A format every item states the same way becomes the default. */
function sharedFormat(items: readonly CompletionItem[]): InsertTextFormat | undefined {
  const format: InsertTextFormat | undefined = items[0].insertTextFormat;
  return format !== undefined && items.every((i) => i.insertTextFormat === format) ? format : undefined;
}

/** Commit characters every item states the same way become the default. */
function sharedCommitCharacters(items: readonly CompletionItem[]): string[] | undefined {
  const chars = items[0].commitCharacters;
  if (chars === undefined) return undefined;
  const same = (c: string[] | undefined): boolean => c !== undefined && c.join('\u0000') === chars.join('\u0000');
  return items.every((i) => same(i.commitCharacters)) ? chars : undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
