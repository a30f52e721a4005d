// Per-rule severity overrides: one reading of the setting for the language server and `asl
// validate` (.aslrc.json, package.json "asl", --config).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAsl } from '../../src/asl/parse';
import { computeDiagnostics, DIAGNOSTIC_CODES, parseRuleSettings } from '../../src/service/diagnostics';
import { SERVER_NODE_FLAGS } from '../../src/protocol';
import { runCli } from '../../src/cli/main';
import { fakeIo } from '../cli/fakeIo';

// An unknown field (error) and ToleratedFailureCount on an inline Map (processor-config warning).
const TEXT = JSON.stringify(
  {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Foo: 1, Next: 'M' },
      M: {
        Type: 'Map',
        ToleratedFailureCount: 1,
        ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
        End: true,
      },
    },
  },
  null,
  2,
);

const codes = (settings: unknown) =>
  computeDiagnostics(parseAsl(TEXT, 'json'), { ruleSettings: parseRuleSettings(settings).settings }).map(
    (d) => `${d.severity} ${d.code}`,
  );

test('no settings: the defaults', () => {
  assert.deepEqual(codes(undefined).sort(), ['error unknown-field', 'warning processor-config']);
});

test('"off" drops a rule, a level replaces its severity', () => {
  assert.deepEqual(codes({ 'unknown-field': 'off', 'processor-config': 'error', 'no-terminal-state': 'hint' }).sort(), [
    'error processor-config',
  ]);
});

test('bad entries are ignored with a reason; syntax errors cannot be hidden', () => {
  const parsed = parseRuleSettings({
    nope: 'off',
    'unknown-field': 'loud',
    'json-syntax': 'off',
    'retry-catch': 'off',
  });
  assert.deepEqual(Object.keys(parsed.settings), ['retry-catch']);
  assert.equal(parsed.problems.length, 3);
  assert.match(parsed.problems.join('\n'), /unknown diagnostic code "nope"/);
  assert.match(parsed.problems.join('\n'), /"unknown-field": level must be one of/);
  assert.match(parsed.problems.join('\n'), /"json-syntax" cannot be changed/);
  assert.deepEqual(parseRuleSettings([1]).problems, ['rules must be an object of diagnostic code → level']);
});

const here = (name: string) => join(process.cwd(), 'cfgtest', name);

test('asl validate reads the nearest .aslrc.json', async () => {
  const io = fakeIo({
    [here('m.asl.json')]: TEXT,
    [here('.aslrc.json')]: JSON.stringify({
      rules: { 'unknown-field': 'off', 'processor-config': 'information', typo: 'off' },
    }),
  });
  const code = await runCli(['validate', here('m.asl.json')], io);
  assert.equal(code, 0, io.stdoutText());
  assert.doesNotMatch(io.stdoutText(), /unknown-field/);
  assert.match(io.stdoutText(), /information processor-config/);
  assert.match(io.stderrText(), /\.aslrc\.json: unknown diagnostic code "typo" \(ignored\)/);
});

test('asl validate reads the "asl" key of package.json, and --config wins', async () => {
  const files = {
    [here('m.asl.json')]: TEXT,
    [here('package.json')]: JSON.stringify({ name: 'x', asl: { rules: { 'unknown-field': 'off' } } }),
    [here('strict.json')]: JSON.stringify({ rules: { 'processor-config': 'error' } }),
  };
  const io = fakeIo(files);
  assert.equal(await runCli(['validate', here('m.asl.json')], io), 0);
  assert.doesNotMatch(io.stdoutText(), /unknown-field/);
  const explicit = fakeIo(files);
  assert.equal(await runCli(['validate', here('m.asl.json'), '--config', here('strict.json')], explicit), 1);
  assert.match(explicit.stdoutText(), /error unknown-field/);
  assert.match(explicit.stdoutText(), /error processor-config/);
});

test('an invalid config file is a usage error naming the file', async () => {
  const io = fakeIo({ [here('m.asl.json')]: TEXT, [here('.aslrc.json')]: '{ "rules": ' });
  assert.equal(await runCli(['validate', here('m.asl.json')], io), 2);
  assert.match(io.stderrText(), /cfgtest\/\.aslrc\.json' is not valid JSON/);
  const missing = fakeIo({ [here('m.asl.json')]: TEXT });
  assert.equal(await runCli(['validate', here('m.asl.json'), '--config', here('none.json')], missing), 2);
  assert.match(missing.stderrText(), /cannot read config/);
});

test('package.json offers exactly the changeable codes and the server flags the server measures with', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: {
      configuration: { properties: Record<string, { propertyNames?: { enum: string[] }; default?: unknown }> };
    };
  };
  const props = pkg.contributes.configuration.properties;
  const changeable = Object.keys(DIAGNOSTIC_CODES).filter((c) => !c.endsWith('-syntax'));
  assert.deepEqual(props['aslStudio.diagnostics.rules'].propertyNames?.enum, changeable);
  assert.deepEqual(props['aslStudio.server.nodeFlags'].default, SERVER_NODE_FLAGS);
});
