"use strict";
/*
 * A small, strict argument parser shared by the CLI commands: `--flag`, `--option value`,
 * `--option=value` and positionals. Unknown options and bad enum values are usage errors.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseArgs = parseArgs;
function parseArgs(args, spec) {
    const result = { positional: [], flags: new Set(), options: {} };
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
            if (eq >= 0)
                return { error: `--${name} takes no value` };
            result.flags.add(name);
            continue;
        }
        const allowed = Object.prototype.hasOwnProperty.call(spec.options, name) ? spec.options[name] : undefined;
        if (allowed === undefined)
            return { error: `unknown option --${name}` };
        const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined)
            return { error: `--${name} needs a value` };
        if (allowed !== 'any' && !allowed.includes(value))
            return { error: `--${name} must be one of ${allowed.join(', ')} (got '${value}')` };
        result.options[name] = value;
    }
    return result;
}
//# sourceMappingURL=args.js.map