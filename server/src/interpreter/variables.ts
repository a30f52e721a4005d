/*
 * Workflow variable scopes (workflow-variables page): top-level states share one scope; each
 * Parallel branch and inline Map iteration gets a child scope that reads the outer ones while
 * its own assignments stay inside; distributed Map children start from an empty root scope.
 */
import type { Json } from './value';

export class VariableScope {
  private values: Map<string, Json> | undefined;

  constructor(readonly parent?: VariableScope) {}

  get(name: string): Json | undefined {
    const v = this.values?.get(name);
    if (v !== undefined) return v;
    return this.parent?.get(name);
  }

  /** Assigns all values at once (they were evaluated with the values at state entry). */
  assignAll(values: Record<string, Json>): void {
    const map = (this.values ??= new Map());
    for (const key in values) map.set(key, values[key]);
  }

  /** Variables visible here, inner scopes shadowing outer ones (for snapshots and the debugger). */
  visible(): Record<string, Json> {
    const out: Record<string, Json> = this.parent ? this.parent.visible() : {};
    this.values?.forEach((v, k) => (out[k] = v));
    return out;
  }

  /** Only this scope's own variables. */
  own(): Record<string, Json> {
    const out: Record<string, Json> = {};
    this.values?.forEach((v, k) => (out[k] = v));
    return out;
  }
}
