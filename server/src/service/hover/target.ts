/*
 * What the mouse is on: a property key or a scalar value, found by walking the tree down to the
 * offset (ends inclusive). Format-neutral: works on the JSON and YAML trees alike.
 */
import type { AslDocument, AslNode, AslProperty, AslScalarNode, Span } from '../../asl/types';

export type HoverTarget =
  { readonly kind: 'key'; readonly property: AslProperty } | { readonly kind: 'value'; readonly node: AslScalarNode };

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function targetAt(asl: AslDocument, offset: number): HoverTarget | undefined {
  let node: AslNode | undefined = asl.root;
  for (let guard = 0; node !== undefined && guard < 10000; guard++) {
    if (node.kind === 'object') {
      let next: AslNode | undefined;
      for (const p of node.properties) {
        if (within(p.keySpan, offset)) return { kind: 'key', property: p };
        if (p.value !== undefined && within(p.value.span, offset)) next = p.value;
      }
      node = next;
    } else if (node.kind === 'array') {
      node = node.items.find((i) => within(i.span, offset));
    } else {
      return within(node.span, offset) ? { kind: 'value', node } : undefined;
    }
  }
  return undefined;
}
