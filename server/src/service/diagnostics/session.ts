/*
 * DiagnosticsSession: computeDiagnostics for one document across its versions. Each run keeps what
 * every top-level state (unit) produced; the next run replays the units whose value node is
 * unchanged (asl/incremental.ts keeps those nodes) and runs the rules only on the others. The graph
 * rules (names, edges, reachability) re-check only the edited states and those whose reachability
 * flipped while the names are unchanged (graphMemo.ts); document rules (variables, the whole tree)
 * run on the whole document every time. The result is always what computeDiagnostics returns (a
 * property test checks it). Pure; one per open document.
 */
import type { AslDocument, AslNode } from '../../asl/types';
import { runDiagnostics, type DiagnosticsOptions } from './index';
import type { AslDiagnostic } from './types';
import type { OutsideValues, UnitMemo, UnitResult } from './units';
import type { GraphMemo } from './graphMemo';

export class DiagnosticsSession {
  private units = new Map<AslNode, UnitResult>();
  private graph: GraphMemo | undefined;
  private outside: OutsideValues = { root: undefined, values: new Map() };

  diagnose(doc: AslDocument, options: DiagnosticsOptions = {}): AslDiagnostic[] {
    if (this.outside.root !== doc.root) this.outside = { root: doc.root, values: new Map() };
    const memo: UnitMemo = {
      previous: this.units,
      next: new Map<AslNode, UnitResult>(),
      graph: this.graph,
      outside: this.outside,
    };
    const diagnostics = runDiagnostics(doc, options, options.rules === undefined ? memo : undefined);
    this.units = memo.next;
    this.graph = memo.nextGraph;
    return diagnostics;
  }
}
