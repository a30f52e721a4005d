/*
 * SAM / CloudFormation templates as far as a state machine definition file cares: which
 * `AWS::Serverless::StateMachine` (DefinitionUri) or `AWS::StepFunctions::StateMachine`
 * (DefinitionS3Location as a local path, before `aws cloudformation package`) points at which
 * file, and its `DefinitionSubstitutions`: literal values (substituted for runs) and intrinsic
 * functions (`!Ref X`, `!GetAtt X.Arn`, shown as written). YAML short-form tags are parsed with the
 * `yaml` package's custom tags. Pure: the caller reads the text; never throws.
 */
import { parseDocument, type Tags } from 'yaml';

/** A substitution's value: a literal (what CloudFormation passes as is) or an intrinsic shown as written. */
export type TemplateValue =
  { readonly kind: 'literal'; readonly value: string } | { readonly kind: 'expression'; readonly text: string };

export interface TemplateMachine {
  /** The resource's logical id (`MyStateMachine`). */
  readonly logicalId: string;
  /** The definition file as written in the template, relative to the template's folder. */
  readonly definitionUri: string;
  readonly substitutions: ReadonlyMap<string, TemplateValue>;
}

const MACHINE_TYPES = new Set(['AWS::Serverless::StateMachine', 'AWS::StepFunctions::StateMachine']);

/** Cheap test before parsing: the text names a state machine resource type. */
export function mentionsStateMachine(text: string): boolean {
  return text.includes('AWS::Serverless::StateMachine') || text.includes('AWS::StepFunctions::StateMachine');
}

const INTRINSICS = [
  'Ref',
  'Condition',
  ...['GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'And', 'Or', 'Not', 'FindInMap'],
  ...['ImportValue', 'Base64', 'Cidr', 'GetAZs', 'Transform', 'ToJsonString', 'Length'],
];

function longName(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

/** `!Ref X` → `{ Ref: 'X' }`, `!Join [...]` → `{ 'Fn::Join': [...] }`, in scalar, sequence and mapping form. */
const CLOUDFORMATION_TAGS: Tags = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => ({ [longName(name)]: value }) },
  { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [longName(name)]: seq.toJSON() as unknown }) },
  { tag: `!${name}`, collection: 'map', resolve: (map) => ({ [longName(name)]: map.toJSON() as unknown }) },
]) as Tags;

/** The state machines of a template (JSON or YAML text); [] when it is none or does not parse. */
export function parseTemplate(text: string): TemplateMachine[] {
  if (!mentionsStateMachine(text)) return [];
  const root = templateRoot(text);
  const resources = record(record(root)?.Resources);
  if (resources === undefined) return [];
  const machines: TemplateMachine[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    const machine = machineOf(logicalId, record(resource));
    if (machine !== undefined) machines.push(machine);
  }
  return machines;
}

function templateRoot(text: string): unknown {
  const doc = parseDocument(text, { customTags: CLOUDFORMATION_TAGS, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    if (error instanceof Error) return undefined; // an alias bomb or a bad merge: not a template we can use
    throw error;
  }
}

function machineOf(logicalId: string, resource: Record<string, unknown> | undefined): TemplateMachine | undefined {
  if (resource === undefined || !MACHINE_TYPES.has(resource.Type as string)) return undefined;
  const props = record(resource.Properties);
  const uri = props?.DefinitionUri ?? props?.DefinitionS3Location;
  if (typeof uri !== 'string' || /^s3:\/\//i.test(uri)) return undefined;
  return { logicalId, definitionUri: uri, substitutions: substitutionsOf(record(props?.DefinitionSubstitutions)) };
}

function substitutionsOf(values: Record<string, unknown> | undefined): Map<string, TemplateValue> {
  const out = new Map<string, TemplateValue>();
  for (const [name, value] of Object.entries(values ?? {})) {
    const described = describeTemplateValue(value);
    if (described !== undefined) out.set(name, described);
  }
  return out;
}

/** A literal when CloudFormation would pass the value unchanged; else the intrinsic in short form. */
export function describeTemplateValue(value: unknown): TemplateValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { kind: 'literal', value: String(value) };
  const fn = record(value);
  if (fn === undefined || Object.keys(fn).length !== 1) return undefined;
  const [key, arg] = Object.entries(fn)[0];
  if (key === 'Fn::Sub' && typeof arg === 'string' && !arg.includes('${')) return { kind: 'literal', value: arg };
  if (key === 'Fn::Join') return joined(arg) ?? { kind: 'expression', text: shortForm(key, arg) };
  return { kind: 'expression', text: shortForm(key, arg) };
}

/** `!Join` of literal parts is a literal. */
function joined(arg: unknown): TemplateValue | undefined {
  if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return undefined;
  const parts = (arg[1] as unknown[]).map(describeTemplateValue);
  if (!parts.every((p) => p?.kind === 'literal')) return undefined;
  return { kind: 'literal', value: parts.map((p) => (p as { value: string }).value).join(arg[0]) };
}

function shortForm(key: string, arg: unknown): string {
  const tag = key.startsWith('Fn::') ? key.slice(4) : key;
  if (tag === 'GetAtt' && Array.isArray(arg)) return `!GetAtt ${arg.map(String).join('.')}`;
  if (typeof arg === 'string') return tag === 'Sub' ? `!Sub '${arg}'` : `!${tag} ${arg}`;
  return `!${tag} ${inline(arg)}`;
}

/** A flow-style rendering of an intrinsic's argument (nested intrinsics in short form). */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  const described = record(value) === undefined ? undefined : describeTemplateValue(value);
  if (described?.kind === 'expression') return described.text;
  if (typeof value === 'string') return value === '' ? "''" : value;
  return JSON.stringify(value) ?? 'null';
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The literal substitutions (name → value) of a machine: what a local run substitutes. */
export function literalSubstitutions(machine: TemplateMachine): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of machine.substitutions) if (value.kind === 'literal') out.set(name, value.value);
  return out;
}
