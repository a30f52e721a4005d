/*
 * Choice (state-choice page): the first matching rule gives Next (and its own Assign, on top of
 * the state-level Assign); none and no Default is States.NoChoiceMatched. JSONata rules use a
 * Condition that must evaluate to a boolean.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure } from '../failure';
import { evaluateChoiceRule } from '../choice';
import { evaluateJsonata, isJsonataString } from '../jsonata';
import { inputStage, jsonataBindings, LocatedFailure, outputStageJsonata, passThroughJsonPath } from '../flow';
import { isJsonObject, type Json, type JsonObject } from '../value';
import { exitWith, jsonataBody } from './common';

export function runChoice(engine: Engine, frame: Frame): void | Promise<void> {
  if (frame.state.jsonata) return runChoiceJsonata(engine, frame);
  const effective = inputStage(frame);
  if (isFailure(effective)) return engine.failState(frame, effective);
  const rules = rulesOf(frame);
  for (let i = 0; i < rules.length; i++) {
    const matched = evaluateChoiceRule(rules[i], effective, frame);
    if (matched === true)
      return choose(engine, frame, rules[i], passThroughJsonPath(frame, effective, rules[i].Assign));
    if (isFailure(matched)) return engine.failState(frame, matched);
  }
  return choose(engine, frame, undefined, passThroughJsonPath(frame, effective));
}

const rulesCache = new WeakMap<object, JsonObject[]>();

function rulesOf(frame: Frame): JsonObject[] {
  const def = frame.state.def;
  let rules = rulesCache.get(def);
  if (rules === undefined) {
    rules = Array.isArray(def.Choices) ? (def.Choices.filter(isJsonObject) as JsonObject[]) : [];
    rulesCache.set(def, rules);
  }
  return rules;
}

function choose(
  engine: Engine,
  frame: Frame,
  rule: JsonObject | undefined,
  output: Json | Failure | LocatedFailure,
): void | Promise<void> {
  const next = rule ? rule.Next : frame.state.def.Default;
  if (typeof next !== 'string') {
    return engine.failState(
      frame,
      new Failure(
        'States.NoChoiceMatched',
        `No Choice Rule matched and no Default is set in state '${frame.state.name}'.`,
      ),
    );
  }
  frame.nextState = next;
  return exitWith(engine, frame, output);
}

async function runChoiceJsonata(engine: Engine, frame: Frame): Promise<void> {
  const rules = rulesOf(frame);
  for (const rule of rules) {
    const matched = await condition(frame, rule.Condition);
    if (isFailure(matched)) return engine.evaluationFailed(frame, matched, 'Condition');
    if (!matched) continue;
    // A rule's own Output (accepted and run by AWS, though the guide omits it) replaces the state's.
    const output = await outputStageJsonata(frame, undefined, rule.Assign, rule.Output ?? frame.state.def.Output);
    return choose(engine, frame, rule, output);
  }
  if (typeof frame.state.def.Default !== 'string') return choose(engine, frame, undefined, frame.input);
  return choose(engine, frame, undefined, await outputStageJsonata(frame, undefined));
}

async function condition(frame: Frame, value: Json | undefined): Promise<boolean | Failure> {
  if (typeof value === 'boolean') return value;
  if (!isJsonataString(value))
    return new Failure('States.QueryEvaluationError', `A Choice Rule of state '${frame.state.name}' has no Condition.`);
  const v = await evaluateJsonata(jsonataBody(value), jsonataBindings(frame), frame);
  if (isFailure(v)) return v;
  if (typeof v !== 'boolean')
    return new Failure(
      'States.QueryEvaluationError',
      `The Condition '${value}' of state '${frame.state.name}' returned ${JSON.stringify(v)}, not a boolean.`,
    );
  return v;
}
