/*
 * Hover inside expression strings: intrinsic functions and `$$.` paths in JSONPath; `$states`
 * members, context fields and JSONata functions inside `{% %}`; workflow variables in both.
 */
import {
  CONTEXT_FIELDS,
  STATES_VARIABLE_FIELDS,
  intrinsicSpec,
  jsonataFunctionSpec,
  type ContextFieldSpec,
} from '../../asl/spec';
import type { AslDocument, AslScalarNode, Span } from '../../asl/types';
import { assignedNames } from '../../asl/variables';
import { getPropertyValue } from '../../asl/nodes';
import type { Scope } from '../completion/scope';
import { tokenAt } from '../completion/tokens';

export interface ExpressionHover {
  readonly markdown: string;
  readonly span: Span;
}

function contextDoc(path: string): string | undefined {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const key = segments.slice(0, n).join('.');
    const f: ContextFieldSpec | undefined = CONTEXT_FIELDS.find((c) => c.path === key);
    if (f !== undefined) return `**Context: \`${key}\`**\n\n${f.doc}${f.availability ? `\n\n_${f.availability}_` : ''}`;
  }
  return undefined;
}

/** States of the document whose Assign (state, rule or catcher) sets `name`. */
function assigners(asl: AslDocument, name: string): string[] {
  const out: string[] = [];
  for (const s of asl.allStates) {
    const lists = ['Choices', 'Catch'].map((k) => getPropertyValue(s.node, k));
    const nodes = [getPropertyValue(s.node, 'Assign')];
    for (const l of lists)
      if (l !== undefined && l.kind === 'array') for (const i of l.items) nodes.push(getPropertyValue(i, 'Assign'));
    if (nodes.some((n) => assignedNames(n).includes(name))) out.push(s.name);
  }
  return out;
}

function variableDoc(asl: AslDocument, token: string): string | undefined {
  const name = token.slice(1).split('.')[0];
  if (name === '' || name === 'states') return undefined;
  const by = assigners(asl, name);
  if (by.length === 0) return undefined;
  return `**Workflow variable \`$${name}\`**\n\nAssigned by: ${by.map((b) => `\`${b}\``).join(', ')}`;
}

function statesDoc(token: string): string | undefined {
  if (token === '$states')
    return '**`$states`**: reserved variable with `input`, `context` and, where available, `result` and `errorOutput`.';
  if (token.startsWith('$states.context'))
    return token === '$states.context' ? contextMemberDoc() : contextDoc(token.slice('$states.context.'.length));
  const member = token.slice('$states.'.length).split('.')[0];
  const f = STATES_VARIABLE_FIELDS.find((m) => m.path === member);
  return f === undefined
    ? undefined
    : `**\`$states.${member}\`**\n\n${f.doc}${f.availability ? `\n\n_${f.availability}_` : ''}`;
}

function contextMemberDoc(): string {
  const f = STATES_VARIABLE_FIELDS.find((m) => m.path === 'context');
  return `**\`$states.context\`**\n\n${f?.doc ?? 'The context object.'}`;
}

function jsonataDoc(asl: AslDocument, token: string, calls: boolean): string | undefined {
  if (token.startsWith('$states')) return statesDoc(token);
  const fn = jsonataFunctionSpec(token.split('.')[0]);
  const variable = variableDoc(asl, token);
  if (variable !== undefined && !calls) return variable;
  if (fn !== undefined) {
    if (fn.unavailable) return `**\`${fn.name}\`** is not available in Step Functions.`;
    return `\`\`\`\n${fn.signature}\n\`\`\`\n\n${fn.doc}${fn.awsOnly ? '\n\n_Added by Step Functions._' : ''}`;
  }
  return variable;
}

function jsonPathDoc(asl: AslDocument, token: string): string | undefined {
  if (token.startsWith('States.')) {
    const f = intrinsicSpec(token);
    return f === undefined ? undefined : `\`\`\`\n${f.signature}\n\`\`\`\n\n${f.doc}`;
  }
  if (token.startsWith('$$.')) return contextDoc(token.slice(3));
  if (token.startsWith('$') && !token.startsWith('$.')) return variableDoc(asl, token);
  return undefined;
}

function insideJsonata(text: string, content: Span, offset: number): boolean {
  const before = text.slice(content.start, offset);
  const open = before.lastIndexOf('{%');
  return open >= 0 && before.indexOf('%}', open) < 0;
}

export function expressionHover(
  asl: AslDocument,
  scope: Scope,
  node: AslScalarNode,
  offset: number,
): ExpressionHover | undefined {
  const text = asl.text;
  const token = tokenAt(text, node.contentSpan, offset);
  const word = text.slice(token.span.start, token.span.end).replace(/\.+$/, '');
  if (word === '') return undefined;
  const span = { start: token.span.start, end: token.span.start + word.length };
  let markdown: string | undefined;
  if (scope.language === 'JSONata') {
    if (!insideJsonata(text, node.contentSpan, offset)) return undefined;
    markdown = jsonataDoc(asl, word, text[span.end] === '(');
  } else {
    markdown = jsonPathDoc(asl, word);
  }
  return markdown === undefined ? undefined : { markdown, span };
}
