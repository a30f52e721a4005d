"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATE_HANDLERS = void 0;
const pass_1 = require("./pass");
const task_1 = require("./task");
const choice_1 = require("./choice");
const wait_1 = require("./wait");
const succeed_1 = require("./succeed");
const fail_1 = require("./fail");
const parallel_1 = require("./parallel");
const map_1 = require("./map");
exports.STATE_HANDLERS = {
    Pass: pass_1.runPass,
    Task: task_1.runTask,
    Choice: choice_1.runChoice,
    Wait: wait_1.runWait,
    Succeed: succeed_1.runSucceed,
    Fail: fail_1.runFail,
    Parallel: parallel_1.runParallel,
    Map: map_1.runMap,
};
//# sourceMappingURL=index.js.map