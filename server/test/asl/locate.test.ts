// locate(): every role, incomplete text, nested machines, transitions, JSON and YAML.
// `|` marks the cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl, locate } from '../../src/asl';
import type { Location, SourceFormat } from '../../src/asl';
import { cursor, MACHINE_JSON, MACHINE_YAML } from './support';

interface Expect {
  role: Location['role'];
  state?: string;
  machine?: string;
  property?: string;
  path?: (string | number)[];
  node?: string;
  transition?: string;
}

function check(marked: string, expected: Expect, format: SourceFormat = 'json'): Location {
  const { text, offset } = cursor(marked);
  const loc = locate(parseAsl(text, format), offset);
  const actual: Expect = { role: loc.role };
  if ('state' in expected) actual.state = loc.state?.name;
  if ('machine' in expected) actual.machine = loc.machine?.id;
  if ('property' in expected) actual.property = loc.property?.key;
  if ('path' in expected) actual.path = [...loc.path];
  if ('node' in expected) actual.node = loc.node?.kind;
  if ('transition' in expected) actual.transition = loc.transition && `${loc.transition.kind}:${loc.transition.target}`;
  assert.deepEqual(actual, expected, marked);
  assert.equal(loc.offset, offset);
  return loc;
}

/** Puts the cursor right after the n-th occurrence of `needle` in `text`. */
function after(text: string, needle: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return text.slice(0, at + needle.length) + '|' + text.slice(at + needle.length);
}

test('JSON: state name, key, value, transition, path', () => {
  check(after(MACHINE_JSON, '"Rou', 1), {
    role: 'stateName',
    state: 'Route',
    machine: 'root',
    property: 'Route',
    path: [],
  });
  check(after(MACHINE_JSON, '"Default'), {
    role: 'key',
    state: 'Route',
    property: 'Default',
    path: ['Default'],
    node: 'object',
  });
  check(after(MACHINE_JSON, '"Default": "Do'), {
    role: 'value',
    state: 'Route',
    path: ['Default'],
    node: 'string',
    transition: 'Default:Done',
  });
  check(after(MACHINE_JSON, '"Each item"', 0), {
    role: 'value',
    state: 'Route',
    path: ['Choices', 0, 'Next'],
    transition: 'Choice:Each item',
  });
  check(after(MACHINE_JSON, '"Failed"', 0), {
    role: 'value',
    state: 'Fan out',
    property: 'Next',
    path: ['Catch', 0, 'Next'],
    transition: 'Catch:Failed',
  });
  check(after(MACHINE_JSON, '"StartAt": "Fan'), {
    role: 'value',
    state: undefined,
    machine: 'root',
    path: ['StartAt'],
    transition: 'StartAt:Fan out',
  });
  check(after(MACHINE_JSON, '"States.A'), {
    role: 'value',
    state: 'Fan out',
    path: ['Catch', 0, 'ErrorEquals', 0],
    node: 'string',
    transition: undefined,
  });
  check(after(MACHINE_JSON, '"Comm'), { role: 'key', state: undefined, machine: 'root', path: ['Comment'] });
});

test('JSON: nested machines', () => {
  check(after(MACHINE_JSON, '"StartAt": "B1'), {
    role: 'value',
    state: 'Fan out',
    machine: 'Fan out/Branches[1]',
    path: ['Branches', 1, 'StartAt'],
    transition: 'StartAt:B1',
  });
  check(after(MACHINE_JSON, '"Next": "B2'), {
    role: 'value',
    state: 'B1',
    machine: 'Fan out/Branches[1]',
    path: ['Next'],
    transition: 'Next:B2',
  });
  check(after(MACHINE_JSON, '"Wor', 1), {
    role: 'stateName',
    state: 'Work',
    machine: 'Each item/ItemProcessor',
    path: [],
  });
  check(after(MACHINE_JSON, '"Resource": "arn'), {
    role: 'value',
    state: 'Work',
    machine: 'Each item/ItemProcessor',
    path: ['Resource'],
  });
});

test('cursor at the start and end of tokens', () => {
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": |"B"}}}', {
    role: 'value',
    path: ['Next'],
    transition: 'Next:B',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"|}}}', {
    role: 'value',
    path: ['Next'],
    transition: 'Next:B',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", |"Next": "B"}}}', {
    role: 'key',
    path: ['Next'],
    property: 'Next',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next"|: "B"}}}', {
    role: 'key',
    path: ['Next'],
    property: 'Next',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next":| "B"}}}', {
    role: 'value',
    path: ['Next'],
    node: 'object',
  });
  check('{"a": {"b": 1}|}', { role: 'value', path: ['a'], node: 'object' });
  check('|{"a": 1}', { role: 'value', path: [], node: 'object', machine: 'root' });
  check('{"a": 1} |', { role: 'none', path: [], node: undefined, machine: undefined });
  check('| ', { role: 'none', path: [] });
});

test('JSON: incomplete text', () => {
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "|', {
    role: 'value',
    state: 'A',
    path: ['Next'],
    node: 'string',
    transition: 'Next:',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": |', {
    role: 'value',
    state: 'A',
    property: 'Next',
    path: ['Next'],
    node: 'object',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next":\n   |\n}}}', {
    role: 'value',
    state: 'A',
    property: 'Next',
    path: ['Next'],
  });
  check('{"StartAt": "A", "States": {"A": { | }}}', { role: 'key', state: 'A', path: [], node: 'object' });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", | }}}', {
    role: 'key',
    state: 'A',
    path: [],
    node: 'object',
  });
  check('{"StartAt": "A", "States": { | }}', {
    role: 'key',
    state: undefined,
    machine: 'root',
    path: ['States'],
    node: 'object',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Catch": [{"ErrorEquals": ["X"], "Next": "B"}, {|}]}}}', {
    role: 'key',
    state: 'A',
    path: ['Catch', 1],
    node: 'object',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Catch": [|]}}}', {
    role: 'value',
    state: 'A',
    path: ['Catch'],
    node: 'array',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", "Catch": [{"ErrorEquals": ["X"]}, |]}}}', {
    role: 'value',
    state: 'A',
    path: ['Catch'],
    node: 'array',
  });
  check('{ | }', { role: 'key', path: [], node: 'object', machine: 'root' });
  check('{"Sta|', { role: 'key', path: ['Sta'], property: 'Sta' });
  check('|', { role: 'none', path: [] });
});

test('YAML: roles and paths', () => {
  check(after(MACHINE_YAML, '  Rou'), { role: 'stateName', state: 'Route', path: [] }, 'yaml');
  check(after(MACHINE_YAML, 'Default'), { role: 'key', state: 'Route', path: ['Default'] }, 'yaml');
  check(
    after(MACHINE_YAML, 'Default: Do'),
    { role: 'value', state: 'Route', path: ['Default'], transition: 'Default:Done' },
    'yaml',
  );
  check(
    after(MACHINE_YAML, "Next: 'Fai"),
    { role: 'value', state: 'Fan out', path: ['Catch', 0, 'Next'], transition: 'Catch:Failed' },
    'yaml',
  );
  check(
    after(MACHINE_YAML, 'Next: B'),
    { role: 'value', state: 'B1', machine: 'Fan out/Branches[1]', path: ['Next'], transition: 'Next:B2' },
    'yaml',
  );
  check(
    after(MACHINE_YAML, 'Resource: arn'),
    { role: 'value', state: 'Work', machine: 'Each item/ItemProcessor', path: ['Resource'] },
    'yaml',
  );
  check(after(MACHINE_YAML, '"Each'), { role: 'stateName', state: 'Each item', path: [] }, 'yaml');
});

test('YAML: incomplete text and new-key lines', () => {
  const base = 'StartAt: A\nStates:\n  A:\n    Type: Task\n';
  check(base + '    Next: |\n', { role: 'value', state: 'A', property: 'Next', path: ['Next'] }, 'yaml');
  check(base + '    Next: |', { role: 'value', state: 'A', property: 'Next', path: ['Next'] }, 'yaml');
  check(base + '    Next: "|\n', { role: 'value', state: 'A', path: ['Next'] }, 'yaml');
  check(base + '    |\n', { role: 'key', state: 'A', path: [], node: 'object' }, 'yaml');
  check(base + '    Ne|\n', { role: 'key', state: 'A', path: ['Ne'] }, 'yaml');
  check(base + '  |\n', { role: 'key', state: undefined, path: ['States'], node: 'object' }, 'yaml');
  check(base + '|', { role: 'key', state: undefined, path: [], node: 'object', machine: 'root' }, 'yaml');
  check(
    base + '    Catch:\n      - ErrorEquals: [X]\n        Next: |\n',
    { role: 'value', state: 'A', path: ['Catch', 0, 'Next'] },
    'yaml',
  );
  check(
    base + '    Catch:\n      - ErrorEquals: [X]\n        |\n',
    { role: 'key', state: 'A', path: ['Catch', 0] },
    'yaml',
  );
  check(
    base + '    Catch:\n      - ErrorEquals: [X]\n      - |\n',
    { role: 'value', state: 'A', path: ['Catch'], node: 'array' },
    'yaml',
  );
  check(base + '    Parameters: { |}\n', { role: 'key', state: 'A', path: ['Parameters'], node: 'object' }, 'yaml');
  check(base + '    |\n    Next: B\n', { role: 'key', state: 'A', path: [], node: 'object' }, 'yaml');
  check(
    'StartAt: A\nStates:\n  A:\n    Type: Pass\n  |\n  B:\n    Type: Succeed\n',
    { role: 'key', state: undefined, path: ['States'] },
    'yaml',
  );
  check('|', { role: 'none', path: [] }, 'yaml');
});

test('JSON: a new key between two properties', () => {
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass", | "Next": "B"}}}', {
    role: 'key',
    state: 'A',
    path: [],
    node: 'object',
  });
  check('{"StartAt": "A", "States": {"A": {"Type": "Pass"},\n  |\n  "B": {}}}', {
    role: 'key',
    state: undefined,
    path: ['States'],
    node: 'object',
  });
});
