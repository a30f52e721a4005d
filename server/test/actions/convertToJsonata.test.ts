import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCodeActions } from '../../src/service/codeActions';
import { convertStateToJsonata } from '../../src/service/actions/toJsonata/convertState';
import { convertExpression } from '../../src/service/actions/toJsonata/intrinsics';
import { convertPath } from '../../src/service/actions/toJsonata/paths';
import { applyWorkspaceEdit, fixture } from '../navigation/support';
import { parseAsl } from '../../src/asl';

test('paths: root, members, quoted names, indices, wildcards, filters, context, variables', () => {
  const base = '$states.input';
  assert.equal(convertPath('$', base), '$states.input');
  assert.equal(convertPath('$.order.id', base), '$states.input.order.id');
  assert.equal(convertPath("$['first name'][0]", base), '$states.input.`first name`[0]');
  assert.equal(convertPath('$.items[*].id', base), '$states.input.items.id');
  assert.equal(convertPath('$.items[?(@.price < 10)]', base), '$states.input.items[price < 10]');
  assert.equal(convertPath('$$.Execution.Id', base), '$states.context.Execution.Id');
  assert.equal(convertPath('$total.amount', base), '$total.amount');
  assert.equal(convertPath('$.a', '$merge([$x, {}])'), '($merge([$x, {}])).a');
});

test('intrinsics: Format, nested calls, arrays, unknown kept as a comment', () => {
  const base = '$states.input';
  assert.equal(
    convertExpression("States.Format('Hello {}, you owe {}', $.name, $.amount)", base),
    '"Hello " & $states.input.name & ", you owe " & $states.input.amount',
  );
  assert.equal(
    convertExpression('States.JsonToString(States.StringToJson($.s))', base),
    '$string($parse($states.input.s))',
  );
  assert.equal(convertExpression("States.Array($.a, 'x', 3)", base), '[$states.input.a, "x", 3]');
  assert.equal(convertExpression('States.ArrayLength($.list)', base), '$count($states.input.list)');
  assert.equal(convertExpression('States.UUID()', base), '$uuid()');
  assert.equal(convertExpression('States.Nope($.a)', base), '/* States.Nope($.a) */ null');
  assert.equal(convertExpression('States.Format(', base), '/* States.Format( */ null');
});

test('Task: Parameters -> Arguments, InputPath folded, ResultSelector + ResultPath + OutputPath -> Output', () => {
  const converted = convertStateToJsonata({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    InputPath: '$.order',
    Parameters: { FunctionName: 'f', 'Payload.$': '$', 'Id.$': '$$.Execution.Id' },
    ResultSelector: { 'body.$': '$.Payload' },
    ResultPath: '$.result',
    OutputPath: '$.result',
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Fail' }],
    Next: 'Done',
  });
  assert.deepEqual(converted, {
    Type: 'Task',
    QueryLanguage: 'JSONata',
    Resource: 'arn:aws:states:::lambda:invoke',
    Arguments: { FunctionName: 'f', Payload: '{% $states.input.order %}', Id: '{% $states.context.Execution.Id %}' },
    Output: '{% ($merge([$states.input, {"result": {"body": $states.result.Payload}}])).result %}',
    Catch: [
      {
        ErrorEquals: ['States.ALL'],
        Output: '{% $merge([$states.input, {"error": $states.errorOutput}]) %}',
        Next: 'Fail',
      },
    ],
    Next: 'Done',
  });
});

test('Task with ResultSelector only keeps a JSON Output; Assign and *Path fields rewritten', () => {
  assert.deepEqual(
    convertStateToJsonata({
      Type: 'Task',
      Resource: 'r',
      ResultSelector: { 'v.$': '$.x' },
      TimeoutSecondsPath: '$.t',
      Assign: { 'y.$': '$.v' },
      End: true,
    }),
    {
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: 'r',
      Output: { v: '{% $states.result.x %}' },
      TimeoutSeconds: '{% $states.input.t %}',
      Assign: { y: '{% ({"v": $states.result.x}).v %}' },
      End: true,
    },
  );
  assert.deepEqual(convertStateToJsonata({ Type: 'Task', Resource: 'r', InputPath: '$.in', End: true }), {
    Type: 'Task',
    QueryLanguage: 'JSONata',
    Resource: 'r',
    End: true,
    Arguments: '{% $states.input.in %}',
  });
});

test('Pass: Result, Parameters, ResultPath null, nested ResultPath', () => {
  assert.deepEqual(convertStateToJsonata({ Type: 'Pass', Result: { a: 1 }, End: true }), {
    Type: 'Pass',
    QueryLanguage: 'JSONata',
    Output: { a: 1 },
    End: true,
  });
  assert.deepEqual(convertStateToJsonata({ Type: 'Pass', Parameters: { 'n.$': '$.name' }, End: true }), {
    Type: 'Pass',
    QueryLanguage: 'JSONata',
    Output: { n: '{% $states.input.name %}' },
    End: true,
  });
  assert.deepEqual(convertStateToJsonata({ Type: 'Pass', ResultPath: null, End: true }), {
    Type: 'Pass',
    QueryLanguage: 'JSONata',
    End: true,
  });
  assert.deepEqual(convertStateToJsonata({ Type: 'Pass', Result: 'x', ResultPath: '$.a.b', End: true }), {
    Type: 'Pass',
    QueryLanguage: 'JSONata',
    Output: '{% $merge([$states.input, {"a": $merge([$states.input.a, {"b": "x"}])}]) %}',
    End: true,
  });
});

const DEFINITION = `{
  "StartAt": "Greet",
  "States": {
    "Greet": {
      "Type": "Pass",|
      "Parameters": { "msg.$": "States.Format('Hi {}', $.name)" },
      "End": true
    }
  }
}`;

test('the refactoring action replaces the state, indented like the document', () => {
  const f = fixture(DEFINITION);
  const action = getCodeActions(f.doc, f.asl, { range: { start: f.position, end: f.position }, diagnostics: [] }).find(
    (a) => a.kind === 'refactor.rewrite',
  );
  assert.ok(action);
  assert.equal(action.title, 'Convert "Greet" to JSONata');
  const out = applyWorkspaceEdit(f.doc, action.edit);
  assert.equal(
    out,
    `{
  "StartAt": "Greet",
  "States": {
    "Greet": {
      "Type": "Pass",
      "QueryLanguage": "JSONata",
      "Output": {
        "msg": "{% \\"Hi \\" & $states.input.name %}"
      },
      "End": true
    }
  }
}`,
  );
});

test('the refactoring works on YAML block mappings', () => {
  const f = fixture(
    'StartAt: A\nStates:\n  A:\n    Type: Pass|\n    Parameters:\n      id.$: $.id\n    End: true\n',
    'yaml',
  );
  const action = getCodeActions(f.doc, f.asl, {
    range: { start: f.position, end: f.position },
    diagnostics: [],
    only: ['refactor.rewrite'],
  })[0];
  assert.ok(action);
  assert.equal(
    applyWorkspaceEdit(f.doc, action.edit),
    'StartAt: A\nStates:\n  A:\n    Type: Pass\n    QueryLanguage: JSONata\n    Output:\n      id: "{% $states.input.id %}"\n    End: true\n',
  );
});

test('the refactoring works on YAML flow mappings, keeping flow style', () => {
  const f = fixture(
    'StartAt: A\nStates:\n  A: { Type: Pass|, Parameters: { id.$: $.id, tag: "a, b" }, End: true }\n',
    'yaml',
  );
  const action = getCodeActions(f.doc, f.asl, {
    range: { start: f.position, end: f.position },
    diagnostics: [],
    only: ['refactor.rewrite'],
  })[0];
  assert.ok(action);
  const result = applyWorkspaceEdit(f.doc, action.edit);
  assert.equal(
    result,
    'StartAt: A\nStates:\n  A: { Type: Pass, QueryLanguage: JSONata, Output: { id: "{% $states.input.id %}", tag: "a, b" }, End: true }\n',
  );
  const converted = parseAsl(result, 'yaml');
  assert.deepEqual(converted.syntaxErrors, []);
  assert.equal(converted.allStates[0].queryLanguage, 'JSONata');
});

test('no conversion for JSONata states or other types', () => {
  for (const [src, format] of [
    ['{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass"|,"End":true}}}', 'json'],
    ['{"StartAt":"A","States":{"A":{"Type":"Wait"|,"Seconds":1,"End":true}}}', 'json'],
    ['StartAt: A\nStates:\n  A: { Type: Wait|, Seconds: 1, End: true }\n', 'yaml'],
  ] as const) {
    const f = fixture(src, format);
    const list = getCodeActions(f.doc, f.asl, {
      range: { start: f.position, end: f.position },
      diagnostics: [],
      only: ['refactor'],
    });
    assert.deepEqual(list, []);
  }
});
