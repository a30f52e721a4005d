// SAM / CloudFormation templates (issue 11, item 2): the template whose state machine points at a
// definition (DefinitionUri / DefinitionS3Location) gives its DefinitionSubstitutions to hover
// (literal values and `!Ref` / `!GetAtt` as written) and to runs and debugging (literal values only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { describeTemplateValue, literalSubstitutions, parseTemplate } from '../../src/asl/samTemplate';
import { findTemplateFor, joinPath, parentOf, templateCandidates } from '../../src/asl/templateDiscovery';
import { isLaunchFailure, LAUNCH_CONFIG_NAMES, prepareLaunch } from '../../src/launch';
import { nodeLaunchIo } from '../../src/launch/nodeIo';
import { startServer } from '../../src/lsp/server';
import { TestClient } from '../lsp/client';
import { fakeIo } from '../cli/fakeIo';
import { runCommand } from '../../src/cli/run';
import { validateCommand } from '../../src/cli/validate';

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  OrderFunction:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, Runtime: nodejs20.x }
  OrdersMachine:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/orders.asl.json
      DefinitionSubstitutions:
        OrderFunctionArn: !GetAtt OrderFunction.Arn
        TableName: !Ref OrdersTable
        Region: !Sub '\${AWS::Region}'
        Timeout: 300
        Stage: prod
        Queue: !Join ['-', [orders, prod]]
        Mixed: !Join ['', [a, !Ref B]]
  OrdersTable:
    Type: AWS::DynamoDB::Table
`;

const DEFINITION = JSON.stringify(
  {
    StartAt: 'Wait',
    States: {
      Wait: {
        Type: 'Pass',
        Parameters: { stage: '${Stage}', timeout: '${Timeout}', fn: '${OrderFunctionArn}' },
        End: true,
      },
    },
  },
  null,
  2,
);

test('parseTemplate: short-form tags, literal values and intrinsics shown as written', () => {
  const [machine, ...rest] = parseTemplate(SAM);
  assert.equal(rest.length, 0);
  assert.equal(machine.logicalId, 'OrdersMachine');
  assert.equal(machine.definitionUri, 'statemachine/orders.asl.json');
  const shown = Object.fromEntries(
    [...machine.substitutions].map(([k, v]) => [k, v.kind === 'literal' ? v.value : v.text]),
  );
  assert.deepEqual(shown, {
    OrderFunctionArn: '!GetAtt OrderFunction.Arn',
    TableName: '!Ref OrdersTable',
    Region: "!Sub '${AWS::Region}'",
    Timeout: '300',
    Stage: 'prod',
    Queue: 'orders-prod',
    Mixed: "!Join ['', [a, !Ref B]]",
  });
  assert.deepEqual([...literalSubstitutions(machine).keys()], ['Timeout', 'Stage', 'Queue']);
});

test('parseTemplate: JSON templates, long-form intrinsics, CloudFormation DefinitionS3Location; S3 URIs are not files', () => {
  const json = JSON.stringify({
    Resources: {
      M: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: {
          DefinitionS3Location: './sfn/m.asl.yaml',
          DefinitionSubstitutions: { Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Name: { 'Fn::Sub': 'plain' } },
        },
      },
      Remote: { Type: 'AWS::Serverless::StateMachine', Properties: { DefinitionUri: 's3://bucket/key.json' } },
    },
  });
  const machines = parseTemplate(json);
  assert.deepEqual(
    machines.map((m) => m.definitionUri),
    ['./sfn/m.asl.yaml'],
  );
  assert.deepEqual(describeTemplateValue({ 'Fn::GetAtt': ['Fn', 'Arn'] }), {
    kind: 'expression',
    text: '!GetAtt Fn.Arn',
  });
  assert.deepEqual(machines[0].substitutions.get('Name'), { kind: 'literal', value: 'plain' });
  assert.deepEqual(
    parseTemplate('Resources: {A: {Type: AWS::Serverless::StateMachine'),
    [],
    'broken YAML is no template',
  );
  assert.deepEqual(parseTemplate('name: not a template'), []);
});

test('paths: parent folders, joins with . and .., both separators; candidate names', () => {
  assert.equal(parentOf('/ws/a/b.json'), '/ws/a');
  assert.equal(parentOf('/ws'), '/');
  assert.equal(parentOf('/'), undefined);
  assert.equal(parentOf('C:\\ws\\m.json'), 'C:\\ws');
  assert.equal(parentOf('C:\\ws'), 'C:\\');
  assert.equal(joinPath('/ws/infra', '../statemachine/./m.asl.json'), '/ws/statemachine/m.asl.json');
  assert.equal(joinPath('C:\\ws', 'sm\\m.json'), 'C:\\ws\\sm\\m.json');
  assert.deepEqual(
    templateCandidates(['b.yaml', 'package.json', 'template.json', 'template.yaml', 'x.template.json']),
    ['template.yaml', 'template.json', 'x.template.json', 'b.yaml'],
  );
});

test('findTemplateFor: the nearest template whose DefinitionUri is the file, stopping at the stop folder', () => {
  const files: Record<string, string> = {
    '/ws/template.yaml': SAM,
    '/ws/statemachine/orders.asl.json': DEFINITION,
    '/ws/statemachine/other.asl.json': DEFINITION,
  };
  const io = {
    readDir: (folder: string) => {
      const prefix = folder.endsWith('/') ? folder : folder + '/';
      const names = Object.keys(files)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length).split('/')[0]);
      return names.length === 0 ? undefined : [...new Set(names)];
    },
    readFile: (path: string) => files[path],
  };
  const found = findTemplateFor('/ws/statemachine/orders.asl.json', io);
  assert.equal(found?.templatePath, '/ws/template.yaml');
  assert.equal(found?.machine.logicalId, 'OrdersMachine');
  assert.equal(findTemplateFor('/ws/statemachine/other.asl.json', io), undefined, 'no machine points at it');
  assert.equal(
    findTemplateFor('/ws/statemachine/orders.asl.json', io, '/ws/statemachine'),
    undefined,
    'stopped below it',
  );
});

/** A scratch workspace: /template.yaml, /statemachine/orders.asl.json and a .git folder bounding the search. */
function workspace(): { root: string; definition: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'asl-sam-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'statemachine'));
  writeFileSync(join(root, 'template.yaml'), SAM);
  const definition = join(root, 'statemachine', 'orders.asl.json');
  writeFileSync(definition, DEFINITION);
  return { root, definition, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

test('hover over a placeholder names the template and the value as written (LSP, template in the workspace)', async () => {
  const ws = workspace();
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection, { diagnosticsDelay: 0 });
  serverConnection.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  try {
    await client.initialize();
    const uri = pathToFileURL(ws.definition).href;
    await client.open(uri, 'asl', DEFINITION);
    const hoverAt = async (placeholder: string) => {
      const line = DEFINITION.split('\n').findIndex((l) => l.includes(placeholder));
      const character = DEFINITION.split('\n')[line].indexOf(placeholder) + 3;
      const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      });
      return hover?.contents.value ?? '';
    };
    assert.match(await hoverAt('${OrderFunctionArn}'), /from template\.yaml: `!GetAtt OrderFunction\.Arn`/);
    assert.match(await hoverAt('${Stage}'), /from template\.yaml: `prod`/);
    assert.deepEqual(client.errors, []);
  } finally {
    client.connection.dispose();
    serverConnection.dispose();
    ws.dispose();
  }
});

test('a launch takes the literal substitutions of the template (request values win); --no-template takes none', () => {
  const ws = workspace();
  try {
    const mode = { advanceWhenIdle: true, historyPayloads: false, waitForCallbacks: false, names: LAUNCH_CONFIG_NAMES };
    const io = nodeLaunchIo(join(ws.root, 'statemachine'));
    const prepared = prepareLaunch({ definition: 'orders.asl.json' }, io, mode);
    assert.ok(!isLaunchFailure(prepared), isLaunchFailure(prepared) ? prepared.message : '');
    assert.equal(prepared.template?.machine, 'OrdersMachine');
    assert.deepEqual(prepared.template?.unresolved, ['OrderFunctionArn', 'TableName', 'Region', 'Mixed']);
    const output = prepared.start().runSync().output;
    assert.deepEqual(output, { stage: 'prod', timeout: 300, fn: '${OrderFunctionArn}' });
    const given = prepareLaunch(
      { definition: 'orders.asl.json', substitutions: new Map([['Stage', 'dev']]) },
      io,
      mode,
    );
    assert.ok(!isLaunchFailure(given));
    assert.deepEqual(given.start().runSync().output, { stage: 'dev', timeout: 300, fn: '${OrderFunctionArn}' });
    const none = prepareLaunch({ definition: 'orders.asl.json', template: false }, io, mode);
    assert.ok(!isLaunchFailure(none));
    assert.equal(none.template, undefined);
    assert.deepEqual(none.start().runSync().output, {
      stage: '${Stage}',
      timeout: '${Timeout}',
      fn: '${OrderFunctionArn}',
    });
    const wrong = prepareLaunch(
      { definition: 'orders.asl.json', template: '../statemachine/orders.asl.json' },
      io,
      mode,
    );
    assert.ok(isLaunchFailure(wrong));
    assert.match(
      wrong.message,
      /has no state machine whose DefinitionUri is this definition \(no state machine resources found\)/,
    );
  } finally {
    ws.dispose();
  }
});

test('asl run says which template it took; asl validate --template checks the definition AWS receives', async () => {
  const ws = workspace();
  try {
    const run = fakeIo();
    const code = await runCommand([ws.definition, '--json'], run);
    assert.equal(code, 0, run.stderrText());
    assert.match(
      run.stderrText(),
      /DefinitionSubstitutions of OrdersMachine in .*template\.yaml; left as written: \$\{OrderFunctionArn\}/,
    );
    assert.deepEqual(JSON.parse(run.stdoutText()).output, { stage: 'prod', timeout: 300, fn: '${OrderFunctionArn}' });
    // a Wait whose Seconds placeholder has a literal that is no number: an error only with the template
    const waitDefinition = JSON.stringify({
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: '${Stage}', End: true } },
    });
    writeFileSync(ws.definition, waitDefinition);
    const plain = fakeIo();
    assert.equal(validateCommand([ws.definition], plain), 0, plain.stdoutText());
    const templated = fakeIo();
    assert.equal(validateCommand([ws.definition, '--template', join(ws.root, 'template.yaml')], templated), 1);
    assert.match(templated.stdoutText(), /orders\.asl\.json:1:\d+: error invalid-type "Seconds"/);
    const missing = fakeIo();
    assert.equal(validateCommand([ws.definition, '--template', join(ws.root, 'nope.yaml')], missing), 2);
    assert.match(missing.stderrText(), /cannot read template/);
  } finally {
    ws.dispose();
  }
});
