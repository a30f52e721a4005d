/*
 * `asl validate --template <template.yaml>`: the literal DefinitionSubstitutions of the template's
 * state machine whose DefinitionUri is the validated file (explicit `--substitute` values win).
 * Reads the template only through the injected io; the parse and path rules are asl/'s.
 */
import { dirname, resolve } from 'path';
import { literalSubstitutions, parseTemplate, type TemplateMachine } from '../asl/samTemplate';
import { joinPath } from '../asl/templateDiscovery';
import { describeIoError } from '../launch/io';
import type { CliIo } from './io';

/** State machines of the template by the absolute path of their definition file, or an error message. */
export function readTemplate(file: string, io: CliIo): Map<string, TemplateMachine> | string {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return `cannot read template '${file}': ${describeIoError(error)}`;
  }
  const machines = parseTemplate(text);
  if (machines.length === 0) return `'${file}' has no state machine resource with a local DefinitionUri`;
  const folder = dirname(resolve(io.cwd, file));
  return new Map(machines.map((m) => [resolve(joinPath(folder, m.definitionUri)), m]));
}

/** The substitutions for one file: the template's literals for its machine, then the given values. */
export function withTemplate(
  template: Map<string, TemplateMachine> | undefined,
  path: string,
  io: CliIo,
  given: ReadonlyMap<string, string> | undefined,
): ReadonlyMap<string, string> | undefined {
  const machine = template?.get(resolve(io.cwd, path));
  if (machine === undefined) return given;
  return new Map([...literalSubstitutions(machine), ...(given ?? [])]);
}
