/*
 * The one place that builds jsonata expressions. jsonata keeps its regex engine in a module-wide
 * setting that every `jsonata(text, options)` call overwrites, so every call in the process must
 * pass the same linear-time engine (LinearRegExp): one stray call without it would put
 * back-tracking RegExp evaluation back for every expression evaluated after it.
 */
import jsonata from 'jsonata';
import { LinearRegExp } from './linearRegex';

export function compileJsonata(text: string): jsonata.Expression {
  return jsonata(text, { RegexEngine: LinearRegExp as unknown as RegExp });
}
