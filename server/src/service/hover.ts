/*
 * Hover for ASL documents (JSON and YAML): field docs on keys, state types, enum values, error
 * names, Resource ARNs, intrinsic functions, context paths, `$states`, JSONata functions and
 * variables, and a summary of the target state on a state reference. Pure; a bug throws
 * (lsp/runSafe.ts logs it).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver-types';
import { getPropertyValue, stringValue } from '../asl/nodes';
import type { AslDocument, AslProperty, AslScalarNode, Span } from '../asl/types';
import { placeholderName } from '../asl/placeholders';
import type { TemplateValue } from '../asl/samTemplate';
import { owningProperty, pathOf } from './completion/cursor';
import { fieldAt, objectAt, resolveScope, type Scope } from './completion/scope';
import { expressionHover } from './hover/expressions';
import { errorDoc, fieldDoc, valueDoc } from './hover/fields';
import { stateSummary } from './hover/stateSummary';
import { targetAt } from './hover/target';

/** Where a placeholder's value comes from: the template that substitutes it (file name) and the value. */
export interface PlaceholderOrigin {
  readonly template: string;
  readonly value: TemplateValue;
}

/** Looks a placeholder up in the deployment template of the document (called only on a placeholder). */
export type PlaceholderLookup = (name: string) => PlaceholderOrigin | undefined;

/** The hover at `position`. Throws on an internal bug: the LSP layer's runSafe logs it. */
export function doHover(
  textDocument: TextDocument,
  asl: AslDocument,
  position: Position,
  placeholders?: PlaceholderLookup,
): Hover | null {
  const offset = textDocument.offsetAt(position);
  const target = targetAt(asl, offset);
  if (target === undefined) return null;
  const found =
    target.kind === 'key' ? keyHover(asl, target.property) : valueHover(asl, target.node, offset, placeholders);
  if (found === undefined) return null;
  const range = { start: textDocument.positionAt(found.span.start), end: textDocument.positionAt(found.span.end) };
  return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range };
}

interface Found {
  readonly markdown: string;
  readonly span: Span;
}

function keyHover(asl: AslDocument, prop: AslProperty): Found | undefined {
  const scope = resolveScope(asl, pathOf(prop.parent));
  if (scope.state === undefined && scope.rel.length === 1 && scope.rel[0] === 'States') {
    const state = scope.machine?.states.find((s) => s.property === prop);
    return state === undefined ? undefined : { markdown: stateSummary(state), span: prop.keySpan };
  }
  const table = objectAt(scope);
  if (table === undefined || !Object.prototype.hasOwnProperty.call(table.fields, prop.key))
    return dynamicKeyHover(prop, scope);
  return { markdown: fieldDoc(table.fields[prop.key], scope.language), span: prop.keySpan };
}

function valueHover(
  asl: AslDocument,
  node: AslScalarNode,
  offset: number,
  placeholders: PlaceholderLookup | undefined,
): Found | undefined {
  const placeholder = placeholderName(node);
  if (placeholder !== undefined)
    return { markdown: placeholderDoc(placeholder, placeholders?.(placeholder)), span: node.span };
  const scope = resolveScope(asl, pathOf(node));
  if (node.kind === 'string') {
    const expr = expressionHover(asl, scope, node, offset);
    if (expr !== undefined) return expr;
  }
  const found = fieldAt(scope);
  if (found === undefined) return undefined;
  const { field, item } = found;
  if (field.kinds.includes('stateName') && !item && typeof node.value === 'string') {
    return { markdown: referenceDoc(scope, node.value), span: node.span };
  }
  const doc =
    valueDoc(field, node.value, item) ?? (field.name === 'ErrorEquals' && item ? failErrorDoc(asl, node) : undefined);
  if (doc !== undefined) return { markdown: doc, span: node.span };
  return owningProperty(node) !== undefined
    ? { markdown: fieldDoc(field, scope.language), span: node.span }
    : undefined;
}

/** A `name.$` key of a JSONPath payload template or Assign. */
function dynamicKeyHover(prop: AslProperty, scope: Scope): Found | undefined {
  if (!prop.key.endsWith('.$') || scope.language !== 'JSONPath') return undefined;
  const name = prop.key.slice(0, -2);
  const markdown =
    `**\`${prop.key}\`**: the value is a path (\`$.x\`, \`$$.x\`, \`$var\`) or an intrinsic function call, ` +
    `evaluated at run time; the result is stored under \`${name}\`.`;
  return { markdown, span: prop.keySpan };
}

function referenceDoc(scope: Scope, name: string): string {
  const target = scope.machine?.stateByName.get(name);
  if (target !== undefined) return stateSummary(target);
  return `No state named \`${name}\` in this ${scope.machine?.owner === undefined ? 'state machine' : 'branch or processor'}.`;
}

/** An ErrorEquals item naming an error raised by Fail states of the document. */
function failErrorDoc(asl: AslDocument, node: AslScalarNode): string | undefined {
  const name = typeof node.value === 'string' ? node.value : undefined;
  if (name === undefined) return undefined;
  const states = asl.allStates.filter(
    (s) => s.type === 'Fail' && stringValue(getPropertyValue(s.node, 'Error')) === name,
  );
  if (states.length === 0) return errorDoc(name);
  return `**\`${name}\`**\n\nRaised by Fail state${states.length === 1 ? '' : 's'} ${states.map((s) => `\`${s.name}\``).join(', ')}.`;
}

function placeholderDoc(name: string, origin: PlaceholderOrigin | undefined): string {
  const head = `**\`\${${name}}\`**: a deployment placeholder`;
  if (origin !== undefined) return `${head}, from ${origin.template}: ${originText(name, origin.value)}`;
  return (
    `${head}. SAM's \`DefinitionSubstitutions\` (or CloudFormation / the CDK) ` +
    'replaces it before AWS sees the definition, so it is not checked as a value here. Local runs take its value ' +
    `from \`asl run --substitute ${name}=value\` or \`--substitutions file.json\`.`
  );
}

function originText(name: string, value: TemplateValue): string {
  if (value.kind === 'literal')
    return `\`${value.value}\`\n\nRuns and debugging substitute this value; the definition is checked as written.`;
  return (
    `\`${value.text}\`\n\nCloudFormation resolves it at deployment; local runs leave the placeholder as written ` +
    `unless given a value (\`asl run --substitute ${name}=value\`).`
  );
}
