"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
const syntax_1 = require("./syntax");
const duplicate_key_1 = require("./duplicate-key");
const unknown_field_1 = require("./unknown-field");
const missing_field_1 = require("./missing-field");
const exclusive_fields_1 = require("./exclusive-fields");
const invalid_type_1 = require("./invalid-type");
const invalid_enum_1 = require("./invalid-enum");
const out_of_range_1 = require("./out-of-range");
const query_language_fields_1 = require("./query-language-fields");
const query_language_1 = require("./query-language");
const undefined_state_1 = require("./undefined-state");
const transition_out_of_scope_1 = require("./transition-out-of-scope");
const unreachable_state_1 = require("./unreachable-state");
const no_terminal_state_1 = require("./no-terminal-state");
const no_terminal_path_1 = require("./no-terminal-path");
const duplicate_state_name_1 = require("./duplicate-state-name");
const state_name_too_long_1 = require("./state-name-too-long");
const missing_transition_1 = require("./missing-transition");
const next_and_end_1 = require("./next-and-end");
const invalid_jsonpath_1 = require("./invalid-jsonpath");
const invalid_intrinsic_1 = require("./invalid-intrinsic");
const invalid_jsonata_1 = require("./invalid-jsonata");
const payload_template_1 = require("./payload-template");
const choice_rule_1 = require("./choice-rule");
const retry_catch_1 = require("./retry-catch");
const wait_time_field_1 = require("./wait-time-field");
const fail_error_cause_1 = require("./fail-error-cause");
const heartbeat_timeout_1 = require("./heartbeat-timeout");
const undefined_variable_1 = require("./undefined-variable");
const invalid_variable_name_1 = require("./invalid-variable-name");
const processor_config_1 = require("./processor-config");
const deprecated_field_1 = require("./deprecated-field");
exports.RULES = [
    syntax_1.syntaxRule, duplicate_key_1.duplicateKeyRule, unknown_field_1.unknownFieldRule, missing_field_1.missingFieldRule, exclusive_fields_1.exclusiveFieldsRule, invalid_type_1.invalidTypeRule,
    invalid_enum_1.invalidEnumRule, out_of_range_1.outOfRangeRule, query_language_fields_1.queryLanguageFieldsRule, query_language_1.queryLanguageRule, undefined_state_1.undefinedStateRule,
    transition_out_of_scope_1.transitionOutOfScopeRule, unreachable_state_1.unreachableStateRule, no_terminal_state_1.noTerminalStateRule, no_terminal_path_1.noTerminalPathRule,
    duplicate_state_name_1.duplicateStateNameRule, state_name_too_long_1.stateNameRule, missing_transition_1.missingTransitionRule, next_and_end_1.nextAndEndRule, invalid_jsonpath_1.invalidJsonPathRule,
    invalid_intrinsic_1.invalidIntrinsicRule, invalid_jsonata_1.invalidJsonataRule, payload_template_1.payloadTemplateRule, choice_rule_1.choiceRuleRule, retry_catch_1.retryCatchRule,
    wait_time_field_1.waitTimeFieldRule, fail_error_cause_1.failErrorCauseRule, heartbeat_timeout_1.heartbeatTimeoutRule, undefined_variable_1.undefinedVariableRule,
    invalid_variable_name_1.invalidVariableNameRule, processor_config_1.processorConfigRule, deprecated_field_1.deprecatedFieldRule,
];
//# sourceMappingURL=index.js.map