import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl } from '../../src/asl/parse';
import { VariableAnalysis, variablesAt } from '../../src/asl/variables';
import { complete } from './helper';

function at(text: string, name: string): string[] {
  const asl = parseAsl(text);
  const state = asl.allStates.find((s) => s.name === name)!;
  return [...variablesAt(asl, state)].sort();
}

const chain = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Assign": { "a": 1 }, "Next": "B" },
    "B": { "Type": "Pass", "Assign": { "b.$": "$.x" }, "Next": "C" },
    "C": { "Type": "Succeed" },
    "Orphan": { "Type": "Pass", "Assign": { "o": 1 }, "Next": "C" }
  }
}`;

test("variables set on a path from StartAt, not the state's own, not from unreachable states", () => {
  assert.deepEqual(at(chain, 'A'), []);
  assert.deepEqual(at(chain, 'B'), ['a']);
  assert.deepEqual(at(chain, 'C'), ['a', 'b']);
});

test('loops: a state sees what it assigned on a previous visit', () => {
  const text = `{
  "StartAt": "L",
  "States": {
    "L": { "Type": "Pass", "Assign": { "i": 1 }, "Next": "Check" },
    "Check": { "Type": "Choice", "Choices": [{ "Variable": "$i", "NumericLessThan": 3, "Next": "L" }], "Default": "Done" },
    "Done": { "Type": "Succeed" }
  }
}`;
  assert.deepEqual(at(text, 'L'), ['i']);
});

test('Choice rule Assign flows along the rule, catcher Assign along the catch edge only', () => {
  const text = `{
  "QueryLanguage": "JSONata",
  "StartAt": "C",
  "States": {
    "C": { "Type": "Choice", "Choices": [{ "Condition": "{% true %}", "Assign": { "viaRule": 1 }, "Next": "R" }], "Default": "D", "Assign": { "viaDefault": 1 } },
    "R": { "Type": "Succeed" },
    "D": { "Type": "Task", "Resource": "x", "Assign": { "ok": 1 }, "Next": "R2", "Catch": [{ "ErrorEquals": ["States.ALL"], "Assign": { "err": 1 }, "Next": "H" }] },
    "R2": { "Type": "Succeed" },
    "H": { "Type": "Succeed" }
  }
}`;
  assert.ok(at(text, 'R').includes('viaRule'));
  assert.deepEqual(at(text, 'D'), ['viaDefault']);
  assert.deepEqual(at(text, 'H'), ['err', 'viaDefault']);
  assert.deepEqual(at(text, 'R2'), ['ok', 'viaDefault']);
});

const nested = (mode: string): string => `{
  "StartAt": "Init",
  "States": {
    "Init": { "Type": "Pass", "Assign": { "outer": 1 }, "Next": "P" },
    "P": { "Type": "Parallel", "Assign": { "afterP": 1 }, "Next": "M", "Branches": [
      { "StartAt": "B1", "States": { "B1": { "Type": "Pass", "Assign": { "inB1": 1 }, "Next": "B2" }, "B2": { "Type": "Succeed" } } },
      { "StartAt": "X1", "States": { "X1": { "Type": "Succeed" } } }
    ] },
    "M": { "Type": "Map", "End": true, "ItemProcessor": { "ProcessorConfig": { "Mode": "${mode}", "ExecutionType": "STANDARD" }, "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } }
  }
}`;

test("Parallel branches see outer variables, not each other's nor the owner's own Assign", () => {
  assert.deepEqual(at(nested('INLINE'), 'B2'), ['inB1', 'outer']);
  assert.deepEqual(at(nested('INLINE'), 'X1'), ['outer']);
  assert.deepEqual(at(nested('INLINE'), 'M'), ['afterP', 'outer']);
});

test('inline Map iterations see outer variables, distributed children do not', () => {
  assert.deepEqual(at(nested('INLINE'), 'I'), ['afterP', 'outer']);
  assert.deepEqual(at(nested('DISTRIBUTED'), 'I'), []);
});

test('VariableAnalysis.mayBeSet agrees with variablesAt', () => {
  for (const text of [chain, nested('INLINE'), nested('DISTRIBUTED')]) {
    const asl = parseAsl(text);
    const analysis = new VariableAnalysis();
    for (const s of asl.allStates) {
      const visible = variablesAt(asl, s);
      for (const n of ['a', 'b', 'o', 'outer', 'afterP', 'inB1'])
        assert.equal(analysis.mayBeSet(s, n), visible.has(n), `${s.name} ${n}`);
    }
  }
});

test('completion offers only the variables visible at the state', () => {
  const text = nested('INLINE').replace(
    '"B2": { "Type": "Succeed" }',
    '"B2": { "Type": "Pass", "Parameters": { "x.$": "$|" }, "End": true }',
  );
  const labels = complete(text).filter((l) => !l.startsWith('$$'));
  assert.deepEqual(labels, ['$inB1', '$outer']);
});
