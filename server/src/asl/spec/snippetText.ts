/*
 * Expands a VS Code snippet body to the plain text it inserts with every placeholder left at its
 * default: `${1:x}` → x, `$1`/`${1}` → '', `${1|a,b|}` → a, `\$` `\}` `\\` → the character.
 * Used by tests and by features that need the text (e.g. converting a snippet to YAML). Never throws.
 */

export interface ExpandedSnippet {
  readonly text: string;
  /** Names of snippet variables (`$NAME`, `${NAME}`) found; VS Code would substitute them. */
  readonly variables: readonly string[];
}

interface Cursor {
  readonly src: string;
  pos: number;
  readonly variables: string[];
}

export function expandSnippet(body: string): ExpandedSnippet {
  const cur: Cursor = { src: body, pos: 0, variables: [] };
  const text = expandUntil(cur, false);
  return { text, variables: cur.variables };
}

/** Expands text until the end, or (inside a placeholder) until its unescaped closing `}`. */
function expandUntil(cur: Cursor, inPlaceholder: boolean): string {
  let out = '';
  while (cur.pos < cur.src.length) {
    const ch = cur.src[cur.pos];
    if (ch === '\\' && cur.pos + 1 < cur.src.length && '$}\\'.includes(cur.src[cur.pos + 1])) {
      out += cur.src[cur.pos + 1];
      cur.pos += 2;
    } else if (ch === '}' && inPlaceholder) {
      cur.pos++;
      return out;
    } else if (ch === '$') {
      out += expandDollar(cur);
    } else {
      out += ch;
      cur.pos++;
    }
  }
  return out;
}

function expandDollar(cur: Cursor): string {
  const rest = cur.src.slice(cur.pos);
  const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
  if (simple) {
    cur.pos += simple[0].length;
    return tabstopOrVariable(cur, simple[1], '');
  }
  const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(rest);
  if (!open) {
    cur.pos++;
    return '$';
  }
  cur.pos += open[0].length;
  if (open[2] === '}') return tabstopOrVariable(cur, open[1], '');
  if (open[2] === '|') return choice(cur);
  return tabstopOrVariable(cur, open[1], expandUntil(cur, true));
}

function tabstopOrVariable(cur: Cursor, name: string, fallback: string): string {
  if (/^\d+$/.test(name)) return fallback;
  cur.variables.push(name);
  return fallback || name;
}

function choice(cur: Cursor): string {
  const end = cur.src.indexOf('|}', cur.pos);
  const body = end < 0 ? cur.src.slice(cur.pos) : cur.src.slice(cur.pos, end);
  cur.pos = end < 0 ? cur.src.length : end + 2;
  return body.split(',')[0] ?? '';
}
