"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.implementedIntrinsics = implementedIntrinsics;
exports.evaluateIntrinsic = evaluateIntrinsic;
exports.compileIntrinsic = compileIntrinsic;
/*
 * Intrinsic functions (States.Format, States.MathAdd, ...): parses a call once per expression
 * string (asl/expr), compiles it to a closure and runs it with AWS's argument rules.
 * Failures are values: Failure('States.IntrinsicFailure') for bad arguments, unresolvable path
 * arguments and syntax errors. No I/O; random numbers come from the injected scope.
 */
const expr_1 = require("../../asl/expr");
const failure_1 = require("../failure");
const jsonpath_1 = require("../jsonpath");
const array_1 = require("./array");
const encoding_1 = require("./encoding");
const format_1 = require("./format");
const hash_1 = require("./hash");
const json_1 = require("./json");
const math_1 = require("./math");
const string_1 = require("./string");
const uuid_1 = require("./uuid");
const IMPLEMENTATIONS = new Map(Object.entries({ ...array_1.ARRAY_INTRINSICS, ...encoding_1.ENCODING_INTRINSICS, ...format_1.FORMAT_INTRINSICS, ...hash_1.HASH_INTRINSICS, ...json_1.JSON_INTRINSICS, ...math_1.MATH_INTRINSICS, ...string_1.STRING_INTRINSICS, ...uuid_1.UUID_INTRINSICS }));
const compiled = new Map();
/** The names this interpreter implements (a test checks they match asl/spec's table). */
function implementedIntrinsics() {
    return [...IMPLEMENTATIONS.keys()];
}
function evaluateIntrinsic(expression, data, scope) {
    return compileIntrinsic(expression)(data, scope);
}
/** The cached closure for an expression; a syntax error compiles to a constant Failure. */
function compileIntrinsic(expression) {
    let fn = compiled.get(expression);
    if (fn === undefined) {
        const parsed = (0, expr_1.parseIntrinsic)(expression);
        const ast = parsed.ast;
        const errors = ast ? [...parsed.errors, ...(0, expr_1.checkIntrinsic)(ast)] : parsed.errors;
        if (ast && errors.length === 0) {
            fn = compileCall(ast, expression);
        }
        else {
            const failure = new failure_1.Failure('States.IntrinsicFailure', `Invalid intrinsic function '${expression}': ${errors[0]?.message ?? 'syntax error'}`);
            fn = () => failure;
        }
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(expression, fn);
    }
    return fn;
}
function compileCall(call, expression) {
    const impl = IMPLEMENTATIONS.get(call.name);
    if (!impl) {
        const failure = new failure_1.Failure('States.IntrinsicFailure', `Unknown intrinsic function '${call.name}'`);
        return () => failure;
    }
    const argFns = call.args.map((a) => compileArg(a, expression));
    const raw = call.args.map((a) => (a.kind === 'string' ? a.raw : undefined));
    const name = call.name;
    return (data, scope) => {
        const args = new Array(argFns.length);
        for (let i = 0; i < argFns.length; i++) {
            const v = argFns[i](data, scope);
            if (v instanceof failure_1.Failure)
                return v;
            args[i] = v;
        }
        return impl({ name, args, raw, scope });
    };
}
function compileArg(arg, expression) {
    switch (arg.kind) {
        case 'call':
            return compileCall(arg, expression);
        case 'path':
            return compilePathArg(arg.path, expression);
        case 'null':
            return () => null;
        default: {
            const value = arg.value;
            return () => value;
        }
    }
}
function compilePathArg(path, expression) {
    const fn = (0, jsonpath_1.compilePath)(path);
    if (fn instanceof failure_1.Failure)
        return () => fn;
    return (data, scope) => {
        const v = fn(data, scope);
        return v !== undefined ? v : new failure_1.Failure('States.IntrinsicFailure', `The JsonPath argument '${path}' of '${expression}' could not be found in the input`);
    };
}
//# sourceMappingURL=index.js.map