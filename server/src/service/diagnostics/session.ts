/*
 * DiagnosticsSession: computeDiagnostics for one document across its versions. Each run keeps what
 * every top-level state (unit) produced; the next run replays the units whose value node is
 * unchanged (asl/incremental.ts keeps those nodes) and runs the rules only on the others. Document
 * rules (names, graph, reachability, variables) run on the whole document every time. The result
 * is always what computeDiagnostics returns (a property test checks it). Pure; one per open document.
 */
import type { AslDocument, AslNode } from '../../asl/types';
import { runDiagnostics, type DiagnosticsOptions } from './index';
import type { AslDiagnostic } from './types';
import type { UnitResult } from './units';

export class DiagnosticsSession {
  private units = new Map<AslNode, UnitResult>();

  diagnose(doc: AslDocument, options: DiagnosticsOptions = {}): AslDiagnostic[] {
    const memo = { previous: this.units, next: new Map<AslNode, UnitResult>() };
    const diagnostics = runDiagnostics(doc, options, options.rules === undefined ? memo : undefined);
    this.units = memo.next;
    return diagnostics;
  }
}
