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
import {
  cachedTemplateSearch,
  findTemplateFor,
  joinPath,
  parentOf,
  samconfigTemplates,
  templateCandidates,
} from '../../src/asl/templateDiscovery';
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

/** An in-memory file tree: folders are the prefixes of the paths; every listing and read is counted. */
function memoryFiles(files: Record<string, string>) {
  const counts = { readDir: 0, readFile: 0 };
  const stamps = new Map<string, number>();
  const exists = (path: string) => path in files || Object.keys(files).some((k) => k.startsWith(path + '/'));
  const io = {
    readDir: (folder: string) => {
      counts.readDir++;
      const prefix = folder.endsWith('/') ? folder : folder + '/';
      const names = Object.keys(files)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length).split('/')[0]);
      return names.length === 0 ? undefined : [...new Set(names)];
    },
    readFile: (path: string) => {
      counts.readFile++;
      return files[path];
    },
    stamp: (path: string) => (exists(path) ? String(stamps.get(path) ?? 0) : undefined),
    touch: (path: string) => stamps.set(path, (stamps.get(path) ?? 0) + 1),
  };
  return { io, counts };
}

const SIBLING_SAM = SAM.replace(
  'DefinitionUri: statemachine/orders.asl.json',
  'DefinitionUri: ../statemachines/orders.asl.json',
);

test("findTemplateFor: a template in a folder beside the definition's (infra/, at the root or above)", () => {
  const { io } = memoryFiles({
    '/ws/.git/HEAD': '',
    '/ws/README.md': '',
    '/ws/node_modules/x/template.yaml': SIBLING_SAM,
    '/ws/infra/template.yaml': SIBLING_SAM,
    '/ws/statemachines/orders.asl.json': DEFINITION,
  });
  const found = findTemplateFor('/ws/statemachines/orders.asl.json', io);
  assert.equal(found?.templatePath, '/ws/infra/template.yaml');
  assert.equal(found?.machine.logicalId, 'OrdersMachine');
  const nested = memoryFiles({
    '/ws/.git/HEAD': '',
    '/ws/deploy/template.yaml': SAM.replace('statemachine/orders', '../src/machines/orders'),
    '/ws/src/machines/orders.asl.json': DEFINITION,
  });
  assert.equal(
    findTemplateFor('/ws/src/machines/orders.asl.json', nested.io)?.templatePath,
    '/ws/deploy/template.yaml',
  );
  const hidden = memoryFiles({
    '/ws/.git/HEAD': '',
    '/ws/node_modules/template.yaml': SIBLING_SAM,
    '/ws/.aws-sam/build/template.yaml': SIBLING_SAM.replace('../', '../../'),
    '/ws/statemachines/orders.asl.json': DEFINITION,
  });
  assert.equal(findTemplateFor('/ws/statemachines/orders.asl.json', hidden.io), undefined, 'node_modules, .aws-sam');
});

test('findTemplateFor: the look beside each level is bounded (32 folders), so a wide root is not read whole', () => {
  const tree: Record<string, string> = { '/ws/.git/HEAD': '', '/ws/statemachines/orders.asl.json': DEFINITION };
  for (let i = 0; i < 100; i++) tree[`/ws/f${String(i).padStart(3, '0')}/notes.txt`] = '';
  tree['/ws/zz-infra/template.yaml'] = SIBLING_SAM;
  const { io, counts } = memoryFiles(tree);
  assert.equal(findTemplateFor('/ws/statemachines/orders.asl.json', io), undefined, 'beyond the bound');
  // the two levels, the definition file tried as a folder, and the first 32 folders of the root
  assert.equal(counts.readDir, 2 + 1 + 32, `listed ${counts.readDir} folders`);
  // a folder named like a template folder is looked into first, however many others there are
  const infra = memoryFiles({ ...tree, '/ws/infra/template.yaml': SIBLING_SAM });
  assert.equal(findTemplateFor('/ws/statemachines/orders.asl.json', infra.io)?.templatePath, '/ws/infra/template.yaml');
});

test('samconfig: the template_file it names is searched first, wherever it lives (TOML and YAML)', () => {
  assert.deepEqual(
    samconfigTemplates(
      'version = 0.1\n[default.global.parameters]\ntemplate_file = "infra/sam/main.yaml" # the stack\n' +
        '[prod.deploy.parameters]\n  template_file = \'infra/sam/prod.yaml\'\n[x]\nnot_template_file = "no"\n',
    ),
    ['infra/sam/main.yaml', 'infra/sam/prod.yaml'],
  );
  assert.deepEqual(
    samconfigTemplates('default:\n  global:\n    parameters:\n      template_file: deploy/stack.yml\n'),
    ['deploy/stack.yml'],
  );
  const main = SAM.replace('statemachine/orders', '../../statemachines/orders');
  const { io } = memoryFiles({
    '/ws/.git/HEAD': '',
    '/ws/samconfig.toml': '[default.global.parameters]\ntemplate_file = "infra/sam/main.yaml"\n',
    '/ws/infra/sam/main.yaml': main,
    '/ws/statemachines/orders.asl.json': DEFINITION,
  });
  const found = findTemplateFor('/ws/statemachines/orders.asl.json', io);
  assert.equal(found?.templatePath, '/ws/infra/sam/main.yaml', 'two levels down: found only through samconfig');
  assert.equal(found?.machine.logicalId, 'OrdersMachine');
  const yaml = memoryFiles({
    '/ws/.git/HEAD': '',
    '/ws/samconfig.yaml': 'default:\n  global:\n    parameters:\n      template_file: infra/sam/main.yaml\n',
    '/ws/infra/sam/main.yaml': main,
    '/ws/statemachines/orders.asl.json': DEFINITION,
  });
  assert.equal(findTemplateFor('/ws/statemachines/orders.asl.json', yaml.io)?.templatePath, '/ws/infra/sam/main.yaml');
});

test('cachedTemplateSearch: a repeated search reads nothing until a folder or file it read changes', () => {
  const { io, counts } = memoryFiles({
    '/ws/.git/HEAD': '',
    '/ws/infra/template.yaml': SIBLING_SAM,
    '/ws/statemachines/orders.asl.json': DEFINITION,
  });
  const search = cachedTemplateSearch(io);
  assert.equal(search('/ws/statemachines/orders.asl.json')?.templatePath, '/ws/infra/template.yaml');
  const first = { ...counts };
  assert.equal(search('/ws/statemachines/orders.asl.json')?.templatePath, '/ws/infra/template.yaml');
  assert.deepEqual(counts, first, 'answered from the cache');
  io.touch('/ws/infra/template.yaml');
  assert.equal(search('/ws/statemachines/orders.asl.json')?.templatePath, '/ws/infra/template.yaml');
  assert.ok(counts.readFile > first.readFile, 'the changed template was read again');
  const second = { ...counts };
  io.touch('/ws');
  search('/ws/statemachines/orders.asl.json');
  assert.ok(counts.readDir > second.readDir, 'a changed folder listing is listed again');
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
    // the search is cached, but an edited template counts at the next hover
    writeFileSync(join(ws.root, 'template.yaml'), SAM.replace('Stage: prod', 'Stage: staging'));
    assert.match(await hoverAt('${Stage}'), /from template\.yaml: `staging`/);
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

test('asl run finds a template in a folder beside the definition (statemachines/ and infra/, on disk)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'asl-sam-'));
  try {
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'statemachines'));
    mkdirSync(join(root, 'infra'));
    writeFileSync(join(root, 'README.md'), '# project\n');
    writeFileSync(join(root, 'infra', 'template.yaml'), SIBLING_SAM);
    const definition = join(root, 'statemachines', 'orders.asl.json');
    writeFileSync(definition, DEFINITION);
    const run = fakeIo();
    assert.equal(await runCommand([definition, '--json'], run), 0, run.stderrText());
    assert.match(run.stderrText(), /DefinitionSubstitutions of OrdersMachine in .*infra[\\/]template\.yaml/);
    assert.deepEqual(JSON.parse(run.stdoutText()).output, { stage: 'prod', timeout: 300, fn: '${OrderFunctionArn}' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
