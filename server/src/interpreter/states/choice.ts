/*
 * Choice (state-choice page): the first matching rule gives Next (and its own Assign, on top of
 * the state-level Assign); none and no Default is States.NoChoiceMatched. JSONata rules use a
 * Condition that must evaluate to a boolean.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure, LocatedFailure, type PhaseOutcome, type PhaseResult, type StateFailure } from '../failure';
import { evaluateChoiceRule } from '../choice';
import { evaluateJsonata, isJsonataString } from '../jsonata';
import { inputStage, jsonataBindings, outputStageJsonata, passThroughJsonPath } from '../flow';
import { isJsonObject, type Json, type JsonObject } from '../value';
import { exitWith, jsonataBody } from './common';

export function runChoice(engine: Engine, frame: Frame): PhaseResult {
  if (frame.state.jsonata) return runChoiceJsonata(engine, frame);
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  const rules = rulesOf(frame);
  for (let i = 0; i < rules.length; i++) {
    const matched = evaluateChoiceRule(rules[i], effective, frame);
    if (matched === true) return choose(engine, frame, i, passThroughJsonPath(frame, effective, rules[i].Assign));
    if (isFailure(matched)) return matched;
  }
  return choose(engine, frame, -1, passThroughJsonPath(frame, effective));
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

/** Leaves through rule `index` of the Choices, or the Default when `index` is -1. */
function choose(engine: Engine, frame: Frame, index: number, output: Json | StateFailure): PhaseOutcome {
  const next = index >= 0 ? rulesOf(frame)[index].Next : frame.state.def.Default;
  if (typeof next !== 'string') {
    const cause = `No Choice Rule matched and no Default is set in state '${frame.state.name}'.`;
    return new Failure('States.NoChoiceMatched', cause);
  }
  if (index >= 0) engine.env.observer?.branchTaken('choiceRule', frame.state.name, index);
  else engine.env.observer?.branchTaken('choiceDefault', frame.state.name, 0);
  frame.nextState = next;
  return exitWith(engine, frame, output);
}

async function runChoiceJsonata(engine: Engine, frame: Frame): Promise<PhaseOutcome> {
  const rules = rulesOf(frame);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const matched = await condition(frame, rule.Condition);
    if (isFailure(matched)) return new LocatedFailure(matched, 'Condition');
    if (!matched) continue;
    // A rule's own Output (accepted and run by AWS, though the guide omits it) replaces the state's.
    const output = await outputStageJsonata(frame, undefined, rule.Assign, rule.Output ?? frame.state.def.Output);
    return choose(engine, frame, i, output);
  }
  if (typeof frame.state.def.Default !== 'string') return choose(engine, frame, -1, frame.input);
  return choose(engine, frame, -1, await outputStageJsonata(frame, undefined));
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
