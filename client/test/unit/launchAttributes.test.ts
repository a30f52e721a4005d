// package.json's `asl` launch attributes must be exactly the fields of AslLaunchArguments
// (server/src/debugProtocol.ts, read with the TypeScript compiler API), with matching JSON types
// and a description each, so the editor's IntelliSense and the adapter cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '../../../..');

interface Field {
  readonly name: string;
  readonly type: string;
}

function interfaceFields(file: string, name: string): Field[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const decl = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  assert.ok(decl, `interface ${name} in ${file}`);
  return decl.members.filter(ts.isPropertySignature).map((m) => ({
    name: m.name.getText(source),
    type: m.type ? m.type.getText(source) : 'unknown',
  }));
}

/** The JSON schema type(s) a TypeScript field type allows (an object literal type is 'object'). */
function jsonTypeOf(tsType: string): string | undefined {
  if (tsType.startsWith('{')) return 'object';
  const map: Record<string, string | undefined> = {
    string: 'string',
    boolean: 'boolean',
    number: 'number',
    unknown: undefined,
  };
  assert.ok(tsType in map, `no JSON type known for TypeScript type ${tsType}`);
  return map[tsType];
}

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  markdownDescription?: string;
}

function launchProperties(): Record<string, Schema> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const debuggers = pkg.contributes.debuggers as {
    type: string;
    configurationAttributes: { launch: { properties: Record<string, Schema> } };
  }[];
  const asl = debuggers.find((d) => d.type === 'asl');
  assert.ok(asl, 'package.json contributes the asl debugger');
  return asl.configurationAttributes.launch.properties;
}

const fields = interfaceFields(join(ROOT, 'server/src/debugProtocol.ts'), 'AslLaunchArguments');
const properties = launchProperties();

test('the launch attributes are exactly the fields of AslLaunchArguments', () => {
  assert.ok(fields.length >= 10, `parsed ${fields.length} fields`);
  assert.deepEqual(Object.keys(properties).sort(), fields.map((f) => f.name).sort());
});

test('each launch attribute has the JSON type of its field and a description', () => {
  for (const field of fields) {
    const schema = properties[field.name];
    const expected = jsonTypeOf(field.type);
    const actual = schema.type === 'integer' ? 'number' : schema.type;
    assert.equal(actual, expected, `type of "${field.name}"`);
    assert.ok((schema.description ?? schema.markdownDescription ?? '').length > 20, `description of "${field.name}"`);
  }
});

test('the debugger serves the four ASL languages and breakpoints are allowed in them', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const langs = ['asl-studio-json', 'asl-studio-yaml', 'asl', 'asl-yaml'];
  assert.deepEqual(pkg.contributes.debuggers[0].languages, langs);
  assert.deepEqual(
    pkg.contributes.breakpoints.map((b: { language: string }) => b.language),
    langs,
  );
  for (const event of ['onDebugResolve:asl', 'onDebugDynamicConfigurations:asl'])
    assert.ok(pkg.activationEvents.includes(event), event);
});

test('an object attribute (test) lists exactly its fields, each a required string', () => {
  for (const field of fields.filter((f) => f.type.startsWith('{'))) {
    const names = [...field.type.matchAll(/readonly (\w+): string/g)].map((m) => m[1]);
    assert.ok(names.length > 0, field.type);
    const schema = properties[field.name];
    assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), [...names].sort(), field.name);
    assert.deepEqual([...(schema.required ?? [])].sort(), [...names].sort(), field.name);
    for (const name of names) assert.equal(schema.properties?.[name]?.type, 'string', `${field.name}.${name}`);
  }
});
