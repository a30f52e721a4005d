/*
 * A small, strict argument parser shared by the CLI commands: `--flag`, `--option value`,
 * `--option=value` and positionals. Unknown options and bad enum values are usage errors.
 */

export interface ArgSpec {
  /** Boolean switches, by name without dashes. */
  readonly flags: Readonly<Record<string, true>>;
  /** Options taking a value; an array lists the allowed values, 'any' takes anything. */
  readonly options: Readonly<Record<string, readonly string[] | 'any'>>;
  /** Options that may be given several times (each value kept, in order), by name. */
  readonly repeatable?: Readonly<Record<string, true>>;
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Set<string>;
  readonly options: Record<string, string>;
  /** Values of repeatable options, in the order given. */
  readonly repeated: Record<string, string[]>;
}

export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs | { error: string } {
  const result: ParsedArgs = { positional: [], flags: new Set(), options: {}, repeated: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      result.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      result.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (Object.prototype.hasOwnProperty.call(spec.flags, name)) {
      if (eq >= 0) return { error: `--${name} takes no value` };
      result.flags.add(name);
      continue;
    }
    if (spec.repeatable !== undefined && Object.prototype.hasOwnProperty.call(spec.repeatable, name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return { error: `--${name} needs a value` };
      (result.repeated[name] ??= []).push(value);
      continue;
    }
    const allowed = Object.prototype.hasOwnProperty.call(spec.options, name) ? spec.options[name] : undefined;
    if (allowed === undefined) return { error: `unknown option --${name}` };
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return { error: `--${name} needs a value` };
    if (allowed !== 'any' && !allowed.includes(value))
      return { error: `--${name} must be one of ${allowed.join(', ')} (got '${value}')` };
    result.options[name] = value;
  }
  return result;
}
