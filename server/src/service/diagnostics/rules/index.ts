/* Every diagnostic rule, in a stable order. Add a rule: one file here, one line below, its tests. */
import type { DiagnosticRule } from '../context';
import { syntaxRule } from './syntax';
import { duplicateKeyRule } from './duplicate-key';
import { unknownFieldRule } from './unknown-field';
import { missingFieldRule } from './missing-field';
import { exclusiveFieldsRule } from './exclusive-fields';
import { invalidTypeRule } from './invalid-type';
import { invalidEnumRule } from './invalid-enum';
import { outOfRangeRule } from './out-of-range';
import { queryLanguageFieldsRule } from './query-language-fields';
import { queryLanguageRule } from './query-language';
import { undefinedStateRule } from './undefined-state';
import { transitionOutOfScopeRule } from './transition-out-of-scope';
import { unreachableStateRule } from './unreachable-state';
import { noTerminalStateRule } from './no-terminal-state';
import { noTerminalPathRule } from './no-terminal-path';
import { duplicateStateNameRule } from './duplicate-state-name';
import { stateNameRule } from './state-name-too-long';
import { missingTransitionRule } from './missing-transition';
import { nextAndEndRule } from './next-and-end';
import { invalidJsonPathRule } from './invalid-jsonpath';
import { invalidIntrinsicRule } from './invalid-intrinsic';
import { invalidJsonataRule } from './invalid-jsonata';
import { payloadTemplateRule } from './payload-template';
import { choiceRuleRule } from './choice-rule';
import { retryCatchRule } from './retry-catch';
import { waitTimeFieldRule } from './wait-time-field';
import { failErrorCauseRule } from './fail-error-cause';
import { heartbeatTimeoutRule } from './heartbeat-timeout';
import { undefinedVariableRule } from './undefined-variable';
import { invalidVariableNameRule } from './invalid-variable-name';
import { processorConfigRule } from './processor-config';
import { deprecatedFieldRule } from './deprecated-field';
import { definitionSizeRule } from './definition-size';

export const RULES: readonly DiagnosticRule[] = [
  syntaxRule,
  duplicateKeyRule,
  unknownFieldRule,
  missingFieldRule,
  exclusiveFieldsRule,
  invalidTypeRule,
  invalidEnumRule,
  outOfRangeRule,
  queryLanguageFieldsRule,
  queryLanguageRule,
  undefinedStateRule,
  transitionOutOfScopeRule,
  unreachableStateRule,
  noTerminalStateRule,
  noTerminalPathRule,
  duplicateStateNameRule,
  stateNameRule,
  missingTransitionRule,
  nextAndEndRule,
  invalidJsonPathRule,
  invalidIntrinsicRule,
  invalidJsonataRule,
  payloadTemplateRule,
  choiceRuleRule,
  retryCatchRule,
  waitTimeFieldRule,
  failErrorCauseRule,
  heartbeatTimeoutRule,
  undefinedVariableRule,
  invalidVariableNameRule,
  processorConfigRule,
  deprecatedFieldRule,
  definitionSizeRule,
];
