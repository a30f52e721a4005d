/*
 * The document's states and transitions as plain nodes and edges with ranges, the payload of the
 * `asl/stateGraph` request (graph preview). Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AslDocument, AslMachine, AslState } from '../../asl/types';
import type { StateGraph, StateGraphEdge, StateGraphNode } from '../../protocol';
import { findStateIn, machineTransitions } from './symbolAt';
import { toRange } from './ranges';

export function stateGraph(textDocument: TextDocument, asl: AslDocument): StateGraph {
  const nodes: StateGraphNode[] = [];
  const edges: StateGraphEdge[] = [];
  for (const machine of asl.allMachines) {
    for (const state of machine.states) nodes.push(graphNode(textDocument, state));
    for (const t of machineTransitions(machine)) {
      const to = findStateIn(machine, t.target);
      edges.push({
        ...(t.from !== undefined ? { from: nodeId(t.from) } : {}),
        ...(to !== undefined ? { to: nodeId(to) } : {}),
        target: t.target,
        machine: machine.id,
        kind: t.kind,
        range: toRange(textDocument, t.span),
      });
    }
  }
  return { nodes, edges };
}

function graphNode(textDocument: TextDocument, state: AslState): StateGraphNode {
  const owner = state.machine.owner;
  return {
    id: nodeId(state),
    name: state.name,
    ...(state.type !== undefined ? { type: state.type } : {}),
    machine: state.machine.id,
    ...(owner !== undefined ? { parent: nodeId(owner.state) } : {}),
    isEnd: state.isEnd,
    range: toRange(textDocument, state.nameSpan),
  };
}

function nodeId(state: AslState): string {
  return machineId(state.machine) + '/' + state.name;
}

function machineId(machine: AslMachine): string {
  return machine.id;
}
