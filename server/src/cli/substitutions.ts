/*
 * The CLI's deployment substitutions: `--substitutions file.json` (an object of placeholder name →
 * string, number or boolean, e.g. a SAM template's DefinitionSubstitutions written out) and any
 * number of `--substitute Name=value` (later ones win). Reads files only through the injected io.
 */
import { parseSubstitution } from '../asl/placeholders';
import type { ParsedArgs } from './args';
import type { CliIo } from './io';
import { describeIoError } from '../launch/io';

export const SUBSTITUTION_OPTIONS = { options: { substitutions: 'any' }, repeatable: { substitute: true } } as const;

/** The substitutions the arguments ask for (undefined when none), or an error message. */
export function readSubstitutions(parsed: ParsedArgs, io: CliIo): Map<string, string> | undefined | string {
  const file = parsed.options.substitutions;
  const pairs = parsed.repeated.substitute ?? [];
  if (file === undefined && pairs.length === 0) return undefined;
  const values = new Map<string, string>();
  if (file !== undefined) {
    const fromFile = readFile(file, io, values);
    if (fromFile !== undefined) return fromFile;
  }
  for (const pair of pairs) {
    const parsedPair = parseSubstitution(pair);
    if (typeof parsedPair === 'string') return `--substitute ${parsedPair}`;
    values.set(parsedPair.name, parsedPair.value);
  }
  return values;
}

function readFile(file: string, io: CliIo, into: Map<string, string>): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(io.readFile(file));
  } catch (error) {
    return `cannot read substitutions '${file}': ${describeIoError(error)}`;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return `'${file}' must hold a JSON object of placeholder name → value`;
  for (const [name, value] of Object.entries(data)) {
    if (!['string', 'number', 'boolean'].includes(typeof value))
      return `'${file}': the value of "${name}" must be a string, number or boolean`;
    into.set(name, String(value));
  }
  return undefined;
}
