/*
 * Markdown summary of a state, shown when hovering a reference to it (StartAt, Next, Default,
 * Choices[].Next, Catch[].Next) or its name: type, transitions, Resource and Comment.
 */
import { getPropertyValue, stringValue } from '../../asl/nodes';
import type { AslState } from '../../asl/types';

function transitionsLine(state: AslState): string | undefined {
  const parts: string[] = [];
  const next = state.transitions.filter((t) => t.kind === 'Next').map((t) => t.target);
  const choices = state.transitions.filter((t) => t.kind === 'Choice').map((t) => t.target);
  const dflt = state.transitions.filter((t) => t.kind === 'Default').map((t) => t.target);
  const catches = state.transitions.filter((t) => t.kind === 'Catch').map((t) => t.target);
  const list = (xs: string[]): string => [...new Set(xs)].map((x) => `\`${x}\``).join(', ');
  if (next.length > 0) parts.push(`Next → ${list(next)}`);
  if (choices.length > 0) parts.push(`Choices → ${list(choices)}`);
  if (dflt.length > 0) parts.push(`Default → ${list(dflt)}`);
  if (catches.length > 0) parts.push(`Catch → ${list(catches)}`);
  if (state.isEnd) parts.push('End');
  if (state.type === 'Succeed' || state.type === 'Fail') parts.push('terminal');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function stateSummary(state: AslState): string {
  const lines = [`**${state.name}** — ${state.type ?? 'untyped'} state`];
  if (state.machine.id !== 'root') lines.push(`In \`${state.machine.id}\``);
  const resource = stringValue(getPropertyValue(state.node, 'Resource'));
  if (resource !== undefined) lines.push(`Resource: \`${resource}\``);
  const error = stringValue(getPropertyValue(state.node, 'Error'));
  if (error !== undefined) lines.push(`Error: \`${error}\``);
  const transitions = transitionsLine(state);
  if (transitions !== undefined) lines.push(transitions);
  const branches = state.children.length;
  if (branches > 0)
    lines.push(
      state.type === 'Parallel' ? `${branches} branch${branches === 1 ? '' : 'es'}` : 'Runs an item processor',
    );
  const comment = stringValue(getPropertyValue(state.node, 'Comment'));
  if (comment !== undefined && comment !== '') lines.push('', comment);
  return lines.join('\n\n');
}
