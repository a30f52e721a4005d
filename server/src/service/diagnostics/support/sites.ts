/*
 * One walk over every state's values, collecting the places where expressions live: `{% %}` JSONata
 * strings (and misplaced or malformed ones) and the `.$` keys of JSONPath payload templates.
 * Nested machines are not entered (their states are walked as states); `Result` is literal data.
 */
import type { AslNode, AslProperty, AslScalarNode, AslState } from '../../../asl/types';
import { jsonataBody } from '../../../asl/expr';
import { stateFieldSpec } from '../../../asl/spec';

export interface StringSite {
  readonly state: AslState;
  readonly node: AslScalarNode;
  /** The state-level field the string sits under, e.g. 'Arguments', 'Catch', 'Choices'. */
  readonly field: string;
  /** True when the string is the field's own value and the field's spec allows a `{% %}` value. */
  readonly direct: boolean;
}

export interface JsonataSite extends StringSite {
  /** The text between `{%` and `%}`. */
  readonly expression: string;
}

export interface TemplateSite {
  readonly state: AslState;
  /** The property whose key ends with `.$`. */
  readonly prop: AslProperty;
  readonly field: string;
}

export interface ExpressionSites {
  /** Whole `{% %}` strings in JSONata states. */
  readonly jsonata: JsonataSite[];
  /** Whole `{% %}` strings in JSONPath states, where they are plain literals. */
  readonly misplacedJsonata: StringSite[];
  /** Strings that look like a JSONata expression but are not one whole `{% %}` string. */
  readonly malformedJsonata: StringSite[];
  /** `.$` keys in JSONPath states. */
  readonly templates: TemplateSite[];
}

/** State fields that never hold expressions. */
const NOT_EXPRESSIONS = new Set([
  'Comment',
  'Type',
  'Next',
  'Default',
  'End',
  'QueryLanguage',
  'Resource',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'ErrorEquals',
]);
/** Fields whose whole value is free-form data (every key may be a payload key). */
const PAYLOADS = new Set([
  'Arguments',
  'Output',
  'Assign',
  'Parameters',
  'ItemSelector',
  'ResultSelector',
  'Items',
  'Result',
  'Credentials',
]);

/** Where the walk is: one object per collectSites call, updated per state field. */
interface Walk {
  state: AslState;
  field: string;
  jsonata: boolean;
  readonly out: ExpressionSites;
}

export function collectSites(states: readonly AslState[]): ExpressionSites {
  const out: ExpressionSites = { jsonata: [], misplacedJsonata: [], malformedJsonata: [], templates: [] };
  if (states.length === 0) return out;
  const walk: Walk = { state: states[0], field: '', jsonata: false, out };
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    if (!state.node) continue;
    const jsonata = state.queryLanguage === 'JSONata';
    const props = state.node.properties;
    for (let j = 0; j < props.length; j++) {
      const prop = props[j];
      if (NOT_EXPRESSIONS.has(prop.key) || prop.value === undefined) continue;
      if (!jsonata && prop.key === 'Result') continue;
      walk.state = state;
      walk.field = prop.key;
      walk.jsonata = jsonata;
      if (prop.value.kind === 'string') addString(walk, prop.value, directAllowed(state, prop.key));
      else walkNode(walk, prop.value, PAYLOADS.has(prop.key), 0);
    }
  }
  return out;
}

/** The sites of several slices of states, in slice order. */
export function mergeSites(parts: readonly ExpressionSites[]): ExpressionSites {
  return {
    jsonata: parts.flatMap((p) => p.jsonata),
    misplacedJsonata: parts.flatMap((p) => p.misplacedJsonata),
    malformedJsonata: parts.flatMap((p) => p.malformedJsonata),
    templates: parts.flatMap((p) => p.templates),
  };
}

function directAllowed(state: AslState, field: string): boolean {
  return state.type !== undefined && stateFieldSpec(state.type, field)?.kinds.includes('jsonata') === true;
}

/** Values nested deeper than this (hostile documents) are not scanned. */
const MAX_DEPTH = 256;

function walkNode(walk: Walk, node: AslNode, inPayload: boolean, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.kind === 'string') addString(walk, node, false);
  else if (node.kind === 'array') {
    const items = node.items;
    for (let i = 0; i < items.length; i++) walkNode(walk, items[i], inPayload, depth + 1);
  } else if (node.kind === 'object') {
    const props = node.properties;
    for (let i = 0; i < props.length; i++) {
      const prop = props[i];
      if (prop.value === undefined) continue;
      if (!inPayload && NOT_EXPRESSIONS.has(prop.key)) continue;
      if (!walk.jsonata && prop.key.endsWith('.$')) {
        walk.out.templates.push({ state: walk.state, prop, field: walk.field });
        continue;
      }
      walkNode(walk, prop.value, inPayload || PAYLOADS.has(prop.key), depth + 1);
    }
  }
}

function addString(walk: Walk, node: AslScalarNode, direct: boolean): void {
  const value = node.value as string;
  const opens = value.startsWith('{%');
  const closes = value.endsWith('%}');
  if (opens && closes && value.length >= 4) {
    const site = { state: walk.state, node, field: walk.field, direct };
    if (walk.jsonata) walk.out.jsonata.push({ ...site, expression: jsonataBody(value) });
    else walk.out.misplacedJsonata.push(site);
  } else if (opens || (closes && value.includes('{%')) || (value.includes('{%') && value.includes('%}'))) {
    walk.out.malformedJsonata.push({ state: walk.state, node, field: walk.field, direct });
  }
}
