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
    const range = support.editRange ? sharedRange(list.items) : undefined;
    if (range !== undefined) itemDefaults.editRange = range;
    const format = support.insertTextFormat ? sharedFormat(list.items) : undefined;
    if (format !== undefined) itemDefaults.insertTextFormat = format;
    const chars = support.commitCharacters ? sharedCommitCharacters(list.items) : undefined;
    if (chars !== undefined) itemDefaults.commitCharacters = chars;
    const shared = { range, format: format !== undefined, chars: chars !== undefined, lazy: support.lazy };
    const items = list.items.map((item) => this.compactItem(item, shared));
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

  /**
   * A new item without what the list's defaults say and what waits for resolve (built, not
   * deleted from: an object that loses properties becomes a slow dictionary to encode).
   */
  private compactItem(item: CompletionItem, shared: Shared): CompletionItem {
    const out: Record<string, unknown> = {};
    let held: Held | undefined;
    for (const key in item) {
      const value = item[key as keyof CompletionItem];
      if (value === undefined) continue;
      if (key === 'textEdit' && shared.range !== undefined && hasRange(value, shared.range)) {
        const newText = (value as { newText: string }).newText;
        if (newText !== item.label) out.textEditText = newText;
      } else if (key === 'insertTextFormat' && shared.format) continue;
      else if (key === 'commitCharacters' && shared.chars) continue;
      else if ((key === 'detail' || key === 'documentation') && shared.lazy.has(key))
        (held ??= {})[key] = value as never;
      else out[key] = value;
    }
    if (held !== undefined) this.held.set(keyOf(item), held);
    return out as unknown as CompletionItem;
  }
}

interface Shared {
  readonly range: Range | undefined;
  readonly format: boolean;
  readonly chars: boolean;
  readonly lazy: ReadonlySet<string>;
}

function hasRange(edit: unknown, range: Range): boolean {
  return (
    typeof edit === 'object' && edit !== null && 'range' in edit && sameRange((edit as { range: Range }).range, range)
  );
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
