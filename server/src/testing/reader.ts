/*
 * Typed reading of a test file's syntax tree with located problems: each accessor returns the value
 * when the node has the expected shape, and otherwise records a problem at the node and returns
 * undefined. Unknown keys are reported with a "did you mean". Pure; never throws.
 */
import { nodeToValue, type AslNode, type AslObjectNode, type AslProperty, type Span } from '../asl';
import { closestName } from '../asl/similarity';
import type { Json } from '../interpreter/value';
import type { Located, TestFileProblem } from './model';

export class TreeReader {
  readonly problems: TestFileProblem[] = [];

  report(message: string, span: Span): void {
    this.problems.push({ message, span: { start: span.start, end: span.end } });
  }

  /** The object's properties, unknown and duplicated keys reported; undefined (reported) when not an object. */
  object(node: AslNode | undefined, what: string, at: Span, known: readonly string[]): AslObjectNode | undefined {
    if (node?.kind !== 'object') {
      this.report(`${what} must be an object`, node?.span ?? at);
      return undefined;
    }
    const seen = new Set<string>();
    for (const p of node.properties) {
      if (seen.has(p.key)) this.report(`'${p.key}' is given twice in ${what}`, p.keySpan);
      seen.add(p.key);
      if (known.length > 0 && !known.includes(p.key)) this.report(unknownKey(p.key, what, known), p.keySpan);
    }
    return node;
  }

  /** Properties of an object whose keys are names (cases, states): duplicates reported. */
  named(node: AslNode | undefined, what: string, at: Span): readonly AslProperty[] {
    return this.object(node, what, at, [])?.properties ?? [];
  }

  string(prop: AslProperty | undefined, what: string): Located<string> | undefined {
    if (prop === undefined) return undefined;
    const v = prop.value;
    if (v?.kind !== 'string' || v.value === '') {
      this.report(`${what} must be a non-empty string`, v?.span ?? prop.keySpan);
      return undefined;
    }
    return { value: v.value as string, span: v.span };
  }

  boolean(prop: AslProperty | undefined, what: string): boolean | undefined {
    if (prop === undefined) return undefined;
    if (prop.value?.kind === 'boolean') return prop.value.value as boolean;
    this.report(`${what} must be true or false`, prop.value?.span ?? prop.keySpan);
    return undefined;
  }

  /** A whole number >= 0. */
  count(prop: AslProperty | undefined, what: string): number | undefined {
    if (prop === undefined) return undefined;
    const v = prop.value;
    if (v?.kind === 'number' && Number.isInteger(v.value) && (v.value as number) >= 0) return v.value as number;
    this.report(`${what} must be a whole number (0 or more)`, v?.span ?? prop.keySpan);
    return undefined;
  }

  /** Any JSON value; a property without a value is reported. */
  json(prop: AslProperty, what: string): Located<Json> | undefined {
    if (prop.value === undefined) {
      this.report(`${what} has no value`, prop.keySpan);
      return undefined;
    }
    return { value: nodeToValue(prop.value) as Json, span: prop.value.span };
  }

  /** A list of non-empty strings (state names). */
  strings(prop: AslProperty, what: string): Located<string>[] | undefined {
    const v = prop.value;
    if (v?.kind !== 'array') {
      this.report(`${what} must be a list of state names`, v?.span ?? prop.keySpan);
      return undefined;
    }
    const out: Located<string>[] = [];
    for (const item of v.items) {
      if (item.kind === 'string' && item.value !== '') out.push({ value: item.value as string, span: item.span });
      else this.report(`each entry of ${what} must be a state name (a non-empty string)`, item.span);
    }
    return out;
  }
}

function unknownKey(key: string, what: string, known: readonly string[]): string {
  const guess = closestName(key, known);
  const hint = guess === undefined ? `expected one of: ${known.join(', ')}` : `did you mean '${guess}'?`;
  return `unknown key '${key}' in ${what}: ${hint}`;
}

/** The first property named `key`. */
export function prop(obj: AslObjectNode | undefined, key: string): AslProperty | undefined {
  return obj?.properties.find((p) => p.key === key);
}
