// State snippets: each expands (placeholders at their defaults) to valid JSON that carries the
// state's required fields, satisfies its exactly-one-of rules and uses only fields of its language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STATE_TYPES, allowedFields, expandSnippet } from '../../src/asl/spec';
import type { QueryLanguage, StateTypeSpec } from '../../src/asl/spec';

const LANGUAGES: QueryLanguage[] = ['JSONPath', 'JSONata'];

function expandState(spec: StateTypeSpec, lang: QueryLanguage): Record<string, unknown> {
  const { text, variables } = expandSnippet(spec.snippet[lang]);
  assert.deepEqual(variables, [], `${spec.type}/${lang}: unescaped $ in snippet (${variables.join(', ')})`);
  let value: unknown;
  assert.doesNotThrow(() => (value = JSON.parse(text)), `${spec.type}/${lang} snippet is not JSON:\n${text}`);
  assert.ok(value && typeof value === 'object' && !Array.isArray(value));
  return value as Record<string, unknown>;
}

for (const spec of Object.values(STATE_TYPES)) {
  for (const lang of LANGUAGES) {
    test(`${spec.type} snippet (${lang}) is valid JSON with required fields`, () => {
      const obj = expandState(spec, lang);
      assert.equal(obj.Type, spec.type);
      const allowed = new Set(allowedFields(spec.type, lang).map((f) => f.name));
      for (const key of Object.keys(obj)) assert.ok(allowed.has(key), `${key} not allowed in ${spec.type}/${lang}`);
      for (const g of spec.constraints.required ?? []) {
        if (g.languages && !g.languages.includes(lang)) continue;
        for (const f of g.fields) assert.ok(f in obj, `missing required ${f}`);
      }
      for (const g of spec.constraints.exactlyOneOf ?? []) {
        if (g.languages && !g.languages.includes(lang)) continue;
        assert.equal(g.fields.filter((f) => f in obj).length, 1, `exactly one of ${g.fields.join('/')}`);
      }
    });
  }
}

test('expandSnippet handles defaults, nested placeholders, escapes, choices and variables', () => {
  assert.equal(expandSnippet('"${1:a}" $2 ${3}').text, '"a"  ');
  assert.equal(expandSnippet('${1:x ${2:y} z}').text, 'x y z');
  assert.equal(expandSnippet('\\$ \\} \\\\').text, '$ } \\');
  assert.equal(expandSnippet('${1:{% \\$states.input %\\}}').text, '{% $states.input %}');
  assert.equal(expandSnippet('${1|one,two|}').text, 'one');
  assert.deepEqual(expandSnippet('$TM_FILENAME').variables, ['TM_FILENAME']);
  assert.equal(expandSnippet('cost: $').text, 'cost: $');
});

test('the JSONata Task snippet evaluates its payload with $states.input', () => {
  const obj = expandState(STATE_TYPES.Task, 'JSONata');
  assert.deepEqual(obj.Arguments, {
    FunctionName: 'arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME',
    Payload: '{% $states.input %}',
  });
  const jp = expandState(STATE_TYPES.Task, 'JSONPath');
  assert.equal((jp.Parameters as Record<string, unknown>)['Payload.$'], '$');
});
