"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runChoice = runChoice;
const failure_1 = require("../failure");
const choice_1 = require("../choice");
const jsonata_1 = require("../jsonata");
const flow_1 = require("../flow");
const value_1 = require("../value");
const common_1 = require("./common");
function runChoice(engine, frame) {
    if (frame.state.jsonata)
        return runChoiceJsonata(engine, frame);
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, failure_1.isFailure)(effective))
        return engine.failState(frame, effective);
    const rules = rulesOf(frame);
    for (let i = 0; i < rules.length; i++) {
        const matched = (0, choice_1.evaluateChoiceRule)(rules[i], effective, frame);
        if (matched === true)
            return choose(engine, frame, rules[i], (0, flow_1.passThroughJsonPath)(frame, effective, rules[i].Assign));
        if ((0, failure_1.isFailure)(matched))
            return engine.failState(frame, matched);
    }
    return choose(engine, frame, undefined, (0, flow_1.passThroughJsonPath)(frame, effective));
}
const rulesCache = new WeakMap();
function rulesOf(frame) {
    const def = frame.state.def;
    let rules = rulesCache.get(def);
    if (rules === undefined) {
        rules = Array.isArray(def.Choices) ? def.Choices.filter(value_1.isJsonObject) : [];
        rulesCache.set(def, rules);
    }
    return rules;
}
function choose(engine, frame, rule, output) {
    const next = rule ? rule.Next : frame.state.def.Default;
    if (typeof next !== 'string') {
        return engine.failState(frame, new failure_1.Failure('States.NoChoiceMatched', `No Choice Rule matched and no Default is set in state '${frame.state.name}'.`));
    }
    frame.nextState = next;
    return (0, common_1.exitWith)(engine, frame, output);
}
async function runChoiceJsonata(engine, frame) {
    const rules = rulesOf(frame);
    for (const rule of rules) {
        const matched = await condition(frame, rule.Condition);
        if ((0, failure_1.isFailure)(matched))
            return engine.evaluationFailed(frame, matched, 'Condition');
        if (matched)
            return choose(engine, frame, rule, await (0, flow_1.outputStageJsonata)(frame, undefined, rule.Assign));
    }
    if (typeof frame.state.def.Default !== 'string')
        return choose(engine, frame, undefined, frame.input);
    return choose(engine, frame, undefined, await (0, flow_1.outputStageJsonata)(frame, undefined));
}
async function condition(frame, value) {
    if (typeof value === 'boolean')
        return value;
    if (!(0, jsonata_1.isJsonataString)(value))
        return new failure_1.Failure('States.QueryEvaluationError', `A Choice Rule of state '${frame.state.name}' has no Condition.`);
    const v = await (0, jsonata_1.evaluateJsonata)((0, common_1.jsonataBody)(value), (0, flow_1.jsonataBindings)(frame), frame);
    if ((0, failure_1.isFailure)(v))
        return v;
    if (typeof v !== 'boolean')
        return new failure_1.Failure('States.QueryEvaluationError', `The Condition '${value}' of state '${frame.state.name}' returned ${JSON.stringify(v)}, not a boolean.`);
    return v;
}
//# sourceMappingURL=choice.js.map