// Consistency of the spec tables: constraints name real fields, shapes exist, enums and docs are
// non-empty, and the JSONPath-only / JSONata-only fields are tagged with the right language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHOICE_OPERATORS,
  CONTEXT_FIELDS,
  INTRINSIC_FUNCTIONS,
  JSONATA_FUNCTIONS,
  OBJECT_SHAPES,
  RESOURCES,
  STATES_VARIABLE_FIELDS,
  STATE_TYPES,
  ALL_ERROR_NAMES,
} from '../../src/asl/spec';
import type { FieldConstraints, FieldSpec } from '../../src/asl/spec';

interface Owner {
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly constraints: FieldConstraints;
}

const owners: Owner[] = [
  ...Object.values(STATE_TYPES).map((s) => ({
    label: `state ${s.type}`,
    fields: s.fields,
    constraints: s.constraints,
  })),
  ...Object.values(OBJECT_SHAPES).map((s) => ({
    label: `shape ${s.name}`,
    fields: s.fields,
    constraints: s.constraints,
  })),
];

function allFields(): { owner: string; field: FieldSpec }[] {
  return owners.flatMap((o) => Object.values(o.fields).map((field) => ({ owner: o.label, field })));
}

test('every field referenced by a constraint exists in its table and is allowed in the group languages', () => {
  for (const o of owners) {
    const groups = [
      ...(o.constraints.required ?? []),
      ...(o.constraints.exactlyOneOf ?? []),
      ...(o.constraints.atMostOneOf ?? []),
    ];
    for (const g of groups) {
      assert.ok(g.fields.length > 0, `${o.label}: empty constraint group`);
      for (const name of g.fields) {
        const f = o.fields[name];
        assert.ok(f, `${o.label}: constraint names unknown field ${name}`);
        for (const lang of g.languages ?? []) {
          assert.ok(f.languages.includes(lang), `${o.label}: ${name} in a ${lang} group but not allowed in ${lang}`);
        }
      }
    }
  }
});

test('record keys equal field names; enums, docs, kinds and languages are non-empty', () => {
  for (const o of owners) {
    for (const [key, f] of Object.entries(o.fields)) {
      assert.equal(f.name, key, `${o.label}: key ${key} holds field ${f.name}`);
      assert.ok(f.doc.trim().length > 10, `${o.label}.${key}: doc`);
      assert.ok(f.kinds.length > 0, `${o.label}.${key}: kinds`);
      assert.ok(f.languages.length > 0, `${o.label}.${key}: languages`);
      if (f.enum !== undefined) {
        assert.ok(f.enum.length > 0, `${o.label}.${key}: empty enum`);
        assert.deepEqual(
          Object.keys(f.enumDocs ?? {}),
          [...f.enum],
          `${o.label}.${key}: enumDocs must document every value`,
        );
        for (const d of Object.values(f.enumDocs ?? {})) assert.ok(d.trim().length > 5, `${o.label}.${key}: enum doc`);
      }
      assert.ok(f.enumDocs === undefined || f.enum !== undefined, `${o.label}.${key}: enumDocs without enum`);
      if (f.minimum !== undefined && f.maximum !== undefined)
        assert.ok(f.minimum <= f.maximum, `${o.label}.${key}: bounds`);
    }
  }
});

test('every shape / itemShape reference names an OBJECT_SHAPES entry', () => {
  for (const { owner, field } of allFields()) {
    for (const ref of [field.shape, field.itemShape]) {
      if (ref !== undefined) assert.ok(OBJECT_SHAPES[ref], `${owner}.${field.name} refers to missing shape ${ref}`);
    }
    if (field.shape !== undefined || field.itemShape !== undefined) {
      assert.ok(
        field.kinds.includes('object') || field.kinds.includes('array'),
        `${owner}.${field.name}: shape on non-object`,
      );
    }
  }
  for (const [key, s] of Object.entries(OBJECT_SHAPES)) assert.equal(s.name, key);
});

const JSONPATH_ONLY = new Set([
  'InputPath',
  'OutputPath',
  'Parameters',
  'ResultSelector',
  'ResultPath',
  'Result',
  'Variable',
  'ItemsPath',
  'TimeoutSecondsPath',
  'HeartbeatSecondsPath',
  'SecondsPath',
  'TimestampPath',
  'ErrorPath',
  'CausePath',
  'MaxConcurrencyPath',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath',
  'MaxItemsPath',
  'MaxItemsPerBatchPath',
  'MaxInputBytesPerBatchPath',
  'RoleArn.$',
  'And',
  'Or',
  'Not',
  ...CHOICE_OPERATORS.map((o) => o.name),
]);
const JSONATA_ONLY = new Set(['Arguments', 'Output', 'Condition', 'Items']);

test('JSONPath-only fields are not allowed in JSONata, and JSONata-only fields not in JSONPath', () => {
  let seenJ = 0;
  let seenA = 0;
  for (const { owner, field } of allFields()) {
    if (JSONPATH_ONLY.has(field.name)) {
      seenJ++;
      assert.deepEqual([...field.languages], ['JSONPath'], `${owner}.${field.name} should be JSONPath-only`);
    }
    if (JSONATA_ONLY.has(field.name)) {
      seenA++;
      assert.deepEqual([...field.languages], ['JSONata'], `${owner}.${field.name} should be JSONata-only`);
    }
    if (field.name.endsWith('Path') && field.name !== 'ItemsPath' && field.name !== 'ResultPath') {
      assert.ok(
        JSONPATH_ONLY.has(field.name),
        `${owner}.${field.name}: *Path field missing from the JSONPath-only list`,
      );
    }
  }
  assert.ok(seenJ > 50 && seenA > 10, `coverage: ${seenJ} JSONPath-only, ${seenA} JSONata-only`);
});

test("kinds agree with languages: 'jsonata' never on JSONPath-only fields, paths never on JSONata-only fields", () => {
  for (const { owner, field } of allFields()) {
    const onlyJ = field.languages.length === 1 && field.languages[0] === 'JSONPath';
    const onlyA = field.languages.length === 1 && field.languages[0] === 'JSONata';
    if (onlyJ) assert.ok(!field.kinds.includes('jsonata'), `${owner}.${field.name}`);
    if (onlyA) {
      for (const k of ['path', 'referencePath', 'payloadTemplate', 'intrinsic'] as const) {
        assert.ok(!field.kinds.includes(k), `${owner}.${field.name} has ${k}`);
      }
    }
  }
});

test('a field and its …Path twin are declared mutually exclusive wherever both exist', () => {
  for (const o of owners) {
    for (const name of Object.keys(o.fields)) {
      const twin = `${name}Path`;
      // Output/OutputPath and Result/ResultPath are not twins: a twin's base field also exists in JSONPath mode.
      if (!o.fields[twin] || name === 'Result' || !o.fields[name].languages.includes('JSONPath')) continue;
      const groups = [...(o.constraints.atMostOneOf ?? []), ...(o.constraints.exactlyOneOf ?? [])];
      assert.ok(
        groups.some((g) => g.fields.includes(name) && g.fields.includes(twin)),
        `${o.label}: ${name} / ${twin} not exclusive`,
      );
    }
  }
});

test('docs of every other table are non-empty and names are unique', () => {
  const tables: { label: string; names: string[]; docs: string[] }[] = [
    { label: 'intrinsics', names: INTRINSIC_FUNCTIONS.map((f) => f.name), docs: INTRINSIC_FUNCTIONS.map((f) => f.doc) },
    { label: 'errors', names: ALL_ERROR_NAMES.map((e) => e.name), docs: ALL_ERROR_NAMES.map((e) => e.doc) },
    { label: 'jsonata', names: JSONATA_FUNCTIONS.map((f) => f.name), docs: JSONATA_FUNCTIONS.map((f) => f.doc) },
    { label: 'context', names: CONTEXT_FIELDS.map((f) => f.path), docs: CONTEXT_FIELDS.map((f) => f.doc) },
    {
      label: '$states',
      names: STATES_VARIABLE_FIELDS.map((f) => f.path),
      docs: STATES_VARIABLE_FIELDS.map((f) => f.doc),
    },
    { label: 'operators', names: CHOICE_OPERATORS.map((o) => o.name), docs: CHOICE_OPERATORS.map((o) => o.doc) },
    { label: 'resources', names: RESOURCES.map((r) => r.arn), docs: RESOURCES.map((r) => r.doc) },
    { label: 'states', names: Object.keys(STATE_TYPES), docs: Object.values(STATE_TYPES).map((s) => s.doc) },
    { label: 'shapes', names: Object.keys(OBJECT_SHAPES), docs: Object.values(OBJECT_SHAPES).map((s) => s.doc) },
  ];
  for (const t of tables) {
    assert.equal(new Set(t.names).size, t.names.length, `${t.label}: duplicate names`);
    t.docs.forEach((d, i) => assert.ok(d.trim().length > 10, `${t.label}: ${t.names[i]} doc`));
  }
});
