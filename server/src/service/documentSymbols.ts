/*
 * Document symbols: the states of the definition as an outline, nested machines under their owner
 * (a Parallel's "Branch n" / a Map's "ItemProcessor"), symbol kind chosen by state Type, detail =
 * Type. Pure; LSP types only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { AslDocument, AslMachine, AslState } from '../asl/types';
import { toRange } from './navigation/ranges';

const KIND_BY_TYPE: Readonly<Record<string, SymbolKind>> = {
  Task: SymbolKind.Function,
  Pass: SymbolKind.Variable,
  Choice: SymbolKind.Enum,
  Wait: SymbolKind.Event,
  Succeed: SymbolKind.Constant,
  Fail: SymbolKind.Constant,
  Parallel: SymbolKind.Module,
  Map: SymbolKind.Array,
};

export function findDocumentSymbols(textDocument: TextDocument, asl: AslDocument): DocumentSymbol[] {
  return asl.machine === undefined ? [] : machineSymbols(textDocument, asl.machine);
}

function machineSymbols(textDocument: TextDocument, machine: AslMachine): DocumentSymbol[] {
  return machine.states.map((state) => stateSymbol(textDocument, state));
}

function stateSymbol(textDocument: TextDocument, state: AslState): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: state.name === '' ? '""' : state.name,
    detail: state.type ?? '',
    kind: (state.type !== undefined ? KIND_BY_TYPE[state.type] : undefined) ?? SymbolKind.Object,
    range: toRange(textDocument, state.property.span),
    selectionRange: toRange(textDocument, state.nameSpan),
  };
  if (state.children.length > 0)
    symbol.children = state.children.map((child) => childMachineSymbol(textDocument, child));
  return symbol;
}

function childMachineSymbol(textDocument: TextDocument, machine: AslMachine): DocumentSymbol {
  const owner = machine.owner;
  const name = owner?.kind === 'Branch' ? `Branch ${(owner.index ?? 0) + 1}` : (owner?.kind ?? 'Machine');
  const range = toRange(textDocument, machine.node.span);
  const start = toRange(textDocument, { start: machine.node.span.start, end: machine.node.span.start });
  return {
    name,
    kind: SymbolKind.Namespace,
    range,
    selectionRange: start,
    children: machineSymbols(textDocument, machine),
  };
}
