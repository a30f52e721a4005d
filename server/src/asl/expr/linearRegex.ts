/*
 * Every regular expression a definition can run (JSONPath `=~`, JSONata regex literals) goes
 * through re2js, a linear-time engine: no input can make matching back-track without bound.
 * The syntax AWS accepts (Java's for Jayway `=~`, JavaScript's for JSONata) maps onto RE2's
 * except backreferences, lookahead/lookbehind and possessive/atomic groups, which are refused
 * with a message that says so. Pure; shared by the validator and the interpreter.
 */
import { RE2JS } from 're2js';

export type RegexSyntax = 'java' | 'javascript';

const cache = new Map<string, RE2JS | string>();

/** The compiled expression, or a message saying why it cannot run in linear time. */
export function compileLinearRegex(source: string, flags: string, syntax: RegexSyntax): RE2JS | string {
  const key = `${syntax}/${flags}/${source}`;
  let compiled = cache.get(key);
  if (compiled === undefined) {
    compiled = compileUncached(source, flags, syntax);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

function compileUncached(source: string, flags: string, syntax: RegexSyntax): RE2JS | string {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flagBits(flags));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `the ${syntax === 'java' ? 'Java' : 'JavaScript'} regular expression /${source}/ cannot run on the linear-time regex engine (RE2): ${reason}. Backreferences, lookahead/lookbehind and possessive or atomic groups are not supported`;
  }
}

function flagBits(flags: string): number {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  return bits;
}

/**
 * A RegExp look-alike for jsonata's `RegexEngine` option: jsonata only calls `exec` with
 * `lastIndex` (global matching) and reads `index` and the groups of the result.
 */
export class LinearRegExp {
  lastIndex = 0;
  private readonly re: RE2JS;

  constructor(pattern: RegExp) {
    const compiled = compileLinearRegex(pattern.source, pattern.flags, 'javascript');
    if (typeof compiled === 'string') throw new Error(compiled.charAt(0).toUpperCase() + compiled.slice(1));
    this.re = compiled;
  }

  exec(text: string): ((string | undefined)[] & { index: number }) | null {
    const matcher = this.re.matcher(text);
    if (this.lastIndex > text.length || !matcher.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const groups: (string | undefined)[] = [matcher.group(0) ?? ''];
    for (let i = 1; i <= matcher.groupCount(); i++) groups.push(matcher.group(i) ?? undefined);
    this.lastIndex = matcher.end();
    return Object.assign(groups, { index: matcher.start() });
  }
}
