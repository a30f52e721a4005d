"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATE_SNIPPETS = void 0;
function lines(...ls) {
    return ls.join('\n');
}
const same = (s) => ({ JSONPath: s, JSONata: s });
exports.STATE_SNIPPETS = {
    Pass: {
        JSONPath: lines('{', '\t"Type": "Pass",', '\t"Result": ${1:{\\}},', '\t"Next": "${2:NextState}"', '}'),
        JSONata: lines('{', '\t"Type": "Pass",', '\t"Output": "${1:{% \\$states.input %\\}}",', '\t"Next": "${2:NextState}"', '}'),
    },
    Task: {
        JSONPath: lines('{', '\t"Type": "Task",', '\t"Resource": "arn:aws:states:::lambda:invoke",', '\t"Parameters": {', '\t\t"FunctionName": "${1:arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME}",', '\t\t"Payload.\\$": "\\$"', '\t},', '\t"Retry": [', '\t\t{', '\t\t\t"ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],', '\t\t\t"IntervalSeconds": 1,', '\t\t\t"MaxAttempts": 3,', '\t\t\t"BackoffRate": 2,', '\t\t\t"JitterStrategy": "FULL"', '\t\t}', '\t],', '\t"Next": "${2:NextState}"', '}'),
        JSONata: lines('{', '\t"Type": "Task",', '\t"Resource": "arn:aws:states:::lambda:invoke",', '\t"Arguments": {', '\t\t"FunctionName": "${1:arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME}",', '\t\t"Payload": "{% \\$states.input %\\}"', '\t},', '\t"Output": "{% \\$states.result.Payload %\\}",', '\t"Next": "${2:NextState}"', '}'),
    },
    Choice: {
        JSONPath: lines('{', '\t"Type": "Choice",', '\t"Choices": [', '\t\t{', '\t\t\t"Variable": "${1:\\$.value}",', '\t\t\t"${2:NumericEquals}": ${3:0},', '\t\t\t"Next": "${4:MatchState}"', '\t\t}', '\t],', '\t"Default": "${5:DefaultState}"', '}'),
        JSONata: lines('{', '\t"Type": "Choice",', '\t"Choices": [', '\t\t{', '\t\t\t"Condition": "{% ${1:\\$states.input.value = 0} %\\}",', '\t\t\t"Next": "${2:MatchState}"', '\t\t}', '\t],', '\t"Default": "${3:DefaultState}"', '}'),
    },
    Wait: same(lines('{', '\t"Type": "Wait",', '\t"Seconds": ${1:10},', '\t"Next": "${2:NextState}"', '}')),
    Succeed: same(lines('{', '\t"Type": "Succeed"', '}')),
    Fail: same(lines('{', '\t"Type": "Fail",', '\t"Error": "${1:ErrorName}",', '\t"Cause": "${2:Cause}"', '}')),
    Parallel: same(lines('{', '\t"Type": "Parallel",', '\t"Branches": [', '\t\t{', '\t\t\t"StartAt": "${1:BranchA}",', '\t\t\t"States": {', '\t\t\t\t"${1:BranchA}": {', '\t\t\t\t\t"Type": "Pass",', '\t\t\t\t\t"End": true', '\t\t\t\t}', '\t\t\t}', '\t\t},', '\t\t{', '\t\t\t"StartAt": "${2:BranchB}",', '\t\t\t"States": {', '\t\t\t\t"${2:BranchB}": {', '\t\t\t\t\t"Type": "Pass",', '\t\t\t\t\t"End": true', '\t\t\t\t}', '\t\t\t}', '\t\t}', '\t],', '\t"Next": "${3:NextState}"', '}')),
    Map: {
        JSONPath: lines('{', '\t"Type": "Map",', '\t"ItemsPath": "${1:\\$.items}",', '\t"ItemProcessor": {', '\t\t"ProcessorConfig": {', '\t\t\t"Mode": "INLINE"', '\t\t},', '\t\t"StartAt": "${2:ProcessItem}",', '\t\t"States": {', '\t\t\t"${2:ProcessItem}": {', '\t\t\t\t"Type": "Pass",', '\t\t\t\t"End": true', '\t\t\t}', '\t\t}', '\t},', '\t"Next": "${3:NextState}"', '}'),
        JSONata: lines('{', '\t"Type": "Map",', '\t"Items": "{% ${1:\\$states.input.items} %\\}",', '\t"ItemProcessor": {', '\t\t"ProcessorConfig": {', '\t\t\t"Mode": "INLINE"', '\t\t},', '\t\t"StartAt": "${2:ProcessItem}",', '\t\t"States": {', '\t\t\t"${2:ProcessItem}": {', '\t\t\t\t"Type": "Pass",', '\t\t\t\t"End": true', '\t\t\t}', '\t\t}', '\t},', '\t"Next": "${3:NextState}"', '}'),
    },
};
//# sourceMappingURL=snippets.js.map