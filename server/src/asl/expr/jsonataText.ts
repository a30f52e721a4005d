/*
 * The `{% ... %}` form of a JSONata expression in a JSONata state's string field, the one rule for
 * the validator, the interpreter and the language features: at least the four delimiter characters.
 */

/** True for a string written as `{% expression %}`. */
export function isJsonataString(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 4 && value.startsWith('{%') && value.endsWith('%}');
}

/** The expression between the `{%` and `%}` delimiters. */
export function jsonataBody(text: string): string {
  return text.slice(2, -2);
}
