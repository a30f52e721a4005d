/*
 * Deployment substitutions of a launch from a SAM / CloudFormation template: the one named by the
 * request (`template`), or the nearest one whose state machine points at the definition
 * (asl/templateDiscovery.ts). Its literal `DefinitionSubstitutions` are substituted; intrinsics
 * (`!Ref`, `!GetAtt`) are not, unless the request gives them a value (request values win). A
 * definition without any `${` is not looked up: substitutions would leave it as it is.
 */
import { dirname, resolve, sep } from 'path';
import { parseTemplate } from '../asl/samTemplate';
import { findTemplateFor, joinPath, type FoundTemplate, type TemplateFiles } from '../asl/templateDiscovery';
import { literalSubstitutions } from '../asl/samTemplate';
import { describeIoError, type LaunchIo } from './io';

/** The template a launch took its substitutions from. */
export interface LaunchTemplate {
  readonly path: string;
  /** The state machine's logical id in the template. */
  readonly machine: string;
  /** Placeholders the template resolves only at deployment (`!Ref`, `!GetAtt`): left as written. */
  readonly unresolved: readonly string[];
}

export interface TemplateSubstitutions {
  readonly values: ReadonlyMap<string, string> | undefined;
  readonly template: LaunchTemplate | undefined;
}

const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/** `template`: a path (relative to `base`), false for none, undefined to look for one. */
export function templateSubstitutions(
  io: LaunchIo,
  definitionPath: string,
  base: string,
  template: string | false | undefined,
  given: ReadonlyMap<string, string> | undefined,
): TemplateSubstitutions | { error: string } {
  if (template === false) return { values: given, template: undefined };
  if (template === undefined && !mayHavePlaceholder(io, definitionPath)) return { values: given, template: undefined };
  const found = template === undefined ? discover(io, definitionPath, base) : named(io, definitionPath, base, template);
  if (found !== undefined && 'error' in found) return found;
  if (found === undefined) return { values: given, template: undefined };
  const values = new Map([...literalSubstitutions(found.machine), ...(given ?? [])]);
  const unresolved = [...found.machine.substitutions.keys()].filter((name) => !values.has(name));
  const launchTemplate = { path: found.templatePath, machine: found.machine.logicalId, unresolved };
  return { values: values.size === 0 ? given : values, template: launchTemplate };
}

/**
 * False when the definition has no `${` at all: no substitution can change it, so no template is
 * looked for (the walk lists dozens of folders). True when it cannot be read: loading reports that.
 */
function mayHavePlaceholder(io: LaunchIo, definitionPath: string): boolean {
  try {
    return io.readFile(definitionPath).includes('${');
  } catch (error) {
    if (typeof (error as { code?: unknown } | undefined)?.code === 'string') return true;
    throw error;
  }
}

function discover(io: LaunchIo, definitionPath: string, base: string): FoundTemplate | undefined {
  // the working folder bounds the search when it holds the definition's folder (the debugger's
  // default working folder IS the definition's folder: then the repository root or 6 levels do)
  const folder = dirname(definitionPath);
  const stopAt = folder !== base && folder.startsWith(base + sep) ? base : undefined;
  return findTemplateFor(definitionPath, launchFiles(io), stopAt);
}

function named(
  io: LaunchIo,
  definitionPath: string,
  base: string,
  template: string,
): FoundTemplate | { error: string } {
  const templatePath = resolve(base, template);
  let text: string;
  try {
    text = io.readFile(templatePath);
  } catch (error) {
    return { error: `cannot read template '${template}': ${describeIoError(error)}` };
  }
  const folder = dirname(templatePath);
  const machines = parseTemplate(text);
  const machine = machines.find((m) => resolve(joinPath(folder, m.definitionUri)) === definitionPath);
  if (machine !== undefined) return { templatePath, machine };
  const listed = machines.map((m) => `${m.logicalId} → ${m.definitionUri}`).join(', ');
  return {
    error: `template '${template}' has no state machine whose DefinitionUri is this definition (${listed || 'no state machine resources found'})`,
  };
}

/** The launch's file access as discovery needs it: unreadable or large files are not candidates. */
function launchFiles(io: LaunchIo): TemplateFiles {
  return {
    readDir: (folder) => io.readDir?.(folder),
    readFile: (path) => {
      try {
        if (io.fileSize !== undefined && io.fileSize(path) > MAX_TEMPLATE_BYTES) return undefined;
        return io.readFile(path);
      } catch (error) {
        if (typeof (error as { code?: unknown } | undefined)?.code === 'string') return undefined;
        throw error;
      }
    },
  };
}
