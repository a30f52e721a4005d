"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.payloadSize = exports.PAYLOAD_LIMIT_BYTES = exports.flattenSnapshot = exports.toAwsHistory = exports.lambdaInvokeResult = exports.describeResource = exports.pendingCallbacks = exports.handlerDispatcher = exports.chainDispatchers = exports.checkMockSelection = exports.mockDispatcher = exports.uuidFrom = exports.seededRandom = exports.RealClock = exports.SimulatedClock = exports.createEnvironment = exports.Execution = void 0;
/*
 * The interpreter's public surface for the CLI, the debug adapter and tests. Everything here is
 * pure: the caller injects the clock, randomness, task dispatch and file access.
 */
var execution_1 = require("./execution");
Object.defineProperty(exports, "Execution", { enumerable: true, get: function () { return execution_1.Execution; } });
var environment_1 = require("./environment");
Object.defineProperty(exports, "createEnvironment", { enumerable: true, get: function () { return environment_1.createEnvironment; } });
Object.defineProperty(exports, "SimulatedClock", { enumerable: true, get: function () { return environment_1.SimulatedClock; } });
Object.defineProperty(exports, "RealClock", { enumerable: true, get: function () { return environment_1.RealClock; } });
Object.defineProperty(exports, "seededRandom", { enumerable: true, get: function () { return environment_1.seededRandom; } });
Object.defineProperty(exports, "uuidFrom", { enumerable: true, get: function () { return environment_1.uuidFrom; } });
var mocks_1 = require("./mocks");
Object.defineProperty(exports, "mockDispatcher", { enumerable: true, get: function () { return mocks_1.mockDispatcher; } });
Object.defineProperty(exports, "checkMockSelection", { enumerable: true, get: function () { return mocks_1.checkMockSelection; } });
var tasks_1 = require("./tasks");
Object.defineProperty(exports, "chainDispatchers", { enumerable: true, get: function () { return tasks_1.chainDispatchers; } });
Object.defineProperty(exports, "handlerDispatcher", { enumerable: true, get: function () { return tasks_1.handlerDispatcher; } });
Object.defineProperty(exports, "pendingCallbacks", { enumerable: true, get: function () { return tasks_1.pendingCallbacks; } });
Object.defineProperty(exports, "describeResource", { enumerable: true, get: function () { return tasks_1.describeResource; } });
Object.defineProperty(exports, "lambdaInvokeResult", { enumerable: true, get: function () { return tasks_1.lambdaInvokeResult; } });
var history_1 = require("./history");
Object.defineProperty(exports, "toAwsHistory", { enumerable: true, get: function () { return history_1.toAwsHistory; } });
var snapshot_1 = require("./snapshot");
Object.defineProperty(exports, "flattenSnapshot", { enumerable: true, get: function () { return snapshot_1.flattenSnapshot; } });
var limits_1 = require("./limits");
Object.defineProperty(exports, "PAYLOAD_LIMIT_BYTES", { enumerable: true, get: function () { return limits_1.PAYLOAD_LIMIT_BYTES; } });
Object.defineProperty(exports, "payloadSize", { enumerable: true, get: function () { return limits_1.payloadSize; } });
//# sourceMappingURL=index.js.map