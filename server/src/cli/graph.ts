/*
 * `asl graph <definition> [--format mermaid|dot|json|svg] [-o file] [--theme light|dark]`: the state
 * graph of a definition (states, transitions, Parallel branches and Map processors as nested groups)
 * from the model; SVG is laid out and drawn by server/src/graph, as the VS Code preview draws it.
 * Exit 2 on usage or I/O errors, 1 when the definition has syntax errors or no state machine.
 */
import { parseAsl, formatForFileName } from '../asl/parse';
import { LineIndex } from '../asl/lines';
import type { AslDocument, AslMachine, AslState, Transition } from '../asl/types';
import { hashText } from '../graph/hash';
import { CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './io';
import { parseArgs } from './args';
import { describeIoError } from './validate';
import { toSvg } from './graphSvg';

const USAGE = 'usage: asl graph <definition> [--format mermaid|dot|json|svg] [-o file] [--theme light|dark]';

export async function graphCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, {
    flags: {},
    options: { format: ['mermaid', 'dot', 'json', 'svg'], output: 'any', theme: ['light', 'dark'] },
    aliases: { '-o': 'output' },
  });
  if ('error' in parsed) return usage(io, parsed.error);
  if (parsed.positional.length !== 1) return usage(io, 'expected exactly one definition file');
  const format = parsed.options.format ?? 'mermaid';
  if (parsed.options.theme !== undefined && format !== 'svg') return usage(io, '--theme applies to --format svg only');
  const path = parsed.positional[0];
  const text = readDefinition(io, path);
  if (text === undefined) return EXIT_USAGE;
  const doc = parseAsl(text, formatForFileName(path));
  if (!doc.machine) {
    io.stderr(`asl graph: '${path}' holds no state machine object\n`);
    return EXIT_FINDINGS;
  }
  reportSyntaxErrors(io, path, doc);
  const output = await render(doc, format, parsed.options.theme === 'dark' ? 'dark' : 'light');
  if (!emit(io, parsed.options.output, output)) return EXIT_USAGE;
  return doc.syntaxErrors.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function readDefinition(io: CliIo, path: string): string | undefined {
  try {
    return io.readFile(path);
  } catch (error) {
    io.stderr(`asl: cannot read '${path}': ${describeIoError(error)}\n`);
    return undefined;
  }
}

/** Names the first syntax error (line:column) on stderr: the graph of broken text may be partial. */
function reportSyntaxErrors(io: CliIo, path: string, doc: AslDocument): void {
  const first = doc.syntaxErrors[0];
  if (first === undefined) return;
  const at = new LineIndex(doc.text).positionAt(first.span.start);
  const more = doc.syntaxErrors.length > 1 ? ` (and ${doc.syntaxErrors.length - 1} more)` : '';
  io.stderr(
    `${path}:${at.line + 1}:${at.character + 1}: error ${first.code} ${first.message}${more}; the graph may be incomplete\n`,
  );
}

async function render(doc: AslDocument, format: string, theme: 'light' | 'dark'): Promise<string> {
  const machine = doc.machine as AslMachine;
  if (format === 'svg') return toSvg(doc, theme);
  if (format === 'dot') return toDot(machine);
  return format === 'json' ? toJson(doc) : toMermaid(machine);
}

/** Writes to `-o file` or stdout; false (after a located message) when the file cannot be written. */
function emit(io: CliIo, file: string | undefined, output: string): boolean {
  if (file === undefined || file === '-') {
    io.stdout(output + '\n');
    return true;
  }
  try {
    if (io.writeFile === undefined) throw new Error('writing files is not available here');
    io.writeFile(file, output + '\n');
    return true;
  } catch (error) {
    io.stderr(`asl: cannot write '${file}': ${describeIoError(error)}\n`);
    return false;
  }
}

/** A stable identifier for a state, unique across nested machines. */
function nodeId(state: AslState): string {
  return 'n' + hash(`${state.machine.id}\u0000${state.name}`);
}

function hash(text: string): string {
  return hashText(text).slice(0, 7);
}

const START = (machine: AslMachine): string => 'start_' + hash(machine.id);

export function toMermaid(machine: AslMachine): string {
  const lines = ['flowchart TD'];
  emitMermaidMachine(machine, lines, '  ');
  return lines.join('\n');
}

function emitMermaidMachine(machine: AslMachine, lines: string[], indent: string): void {
  lines.push(`${indent}${START(machine)}(( ))`);
  if (machine.startAt) {
    const target = machine.startAt ? machine.stateByName.get(machine.startAt.target) : undefined;
    if (target) lines.push(`${indent}${START(machine)} --> ${nodeId(target)}`);
  }
  for (const state of machine.states) {
    lines.push(`${indent}${nodeId(state)}["${mermaidText(state.name)}<br/><small>${state.type ?? '?'}</small>"]`);
    state.children.forEach((child, i) => {
      lines.push(`${indent}subgraph ${'g' + hash(child.id)}["${mermaidText(childLabel(state, i))}"]`);
      emitMermaidMachine(child, lines, indent + '  ');
      lines.push(`${indent}end`);
      lines.push(`${indent}${nodeId(state)} -.-> ${START(child)}`);
    });
    for (const t of state.transitions) {
      const target = machine.stateByName.get(t.target);
      if (!target) continue;
      lines.push(`${indent}${nodeId(state)} -->${edgeLabel(t)} ${nodeId(target)}`);
    }
  }
}

/** Mermaid's label of a transition: none for Next, the rule number, `catch` or `default`. */
function edgeLabel(t: Transition): string {
  switch (t.kind) {
    case 'Next':
      return '';
    case 'Choice':
      return `|rule ${(t.index ?? 0) + 1}|`;
    case 'Catch':
      return '|catch|';
    default:
      return '|default|';
  }
}

function childLabel(state: AslState, index: number): string {
  return state.type === 'Parallel' ? `${state.name}: branch ${index + 1}` : `${state.name}: item processor`;
}

function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

export function toDot(machine: AslMachine): string {
  const lines = ['digraph StateMachine {', '  node [shape=box, style=rounded];'];
  emitDotMachine(machine, lines, '  ');
  lines.push('}');
  return lines.join('\n');
}

function emitDotMachine(machine: AslMachine, lines: string[], indent: string): void {
  lines.push(`${indent}${START(machine)} [shape=point];`);
  const start = machine.startAt ? machine.stateByName.get(machine.startAt.target) : undefined;
  if (start) lines.push(`${indent}${START(machine)} -> ${nodeId(start)};`);
  for (const state of machine.states) {
    lines.push(`${indent}${nodeId(state)} [label=${dotString(`${state.name}\n${state.type ?? '?'}`)}];`);
    state.children.forEach((child, i) => {
      lines.push(
        `${indent}subgraph cluster_${hash(child.id)} {`,
        `${indent}  label=${dotString(childLabel(state, i))};`,
      );
      emitDotMachine(child, lines, indent + '  ');
      lines.push(`${indent}}`, `${indent}${nodeId(state)} -> ${START(child)} [style=dashed];`);
    });
    for (const t of state.transitions) {
      const target = machine.stateByName.get(t.target);
      if (target)
        lines.push(
          `${indent}${nodeId(state)} -> ${nodeId(target)}${t.kind === 'Next' ? '' : ` [label=${dotString(t.kind)}]`};`,
        );
    }
  }
}

function dotString(text: string): string {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

function toJson(doc: AslDocument): string {
  const states = doc.allStates.map((s) => ({
    id: nodeId(s),
    name: s.name,
    type: s.type ?? null,
    machine: s.machine.id,
    end: s.isEnd,
  }));
  const edges = doc.allStates.flatMap((s) =>
    s.transitions.map((t) => ({ from: nodeId(s), to: t.target, kind: t.kind, index: t.index ?? null })),
  );
  const machines = doc.allMachines.map((m) => ({
    id: m.id,
    startAt: m.startAt?.target ?? null,
    queryLanguage: m.queryLanguage,
    owner: m.owner?.state.name ?? null,
  }));
  return JSON.stringify({ machines, states, edges }, null, 2);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`asl graph: ${message}\n${USAGE}\n`);
  return EXIT_USAGE;
}
