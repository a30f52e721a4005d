"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateNameRule = void 0;
const messages_1 = require("../messages");
const MAX_NAME = 80;
exports.stateNameRule = {
    scope: 'states',
    codes: ['state-name-too-long'],
    check(ctx) {
        for (const state of ctx.states) {
            const length = state.name.length > MAX_NAME ? [...state.name].length : state.name.length;
            if (length > MAX_NAME) {
                ctx.report('state-name-too-long', state.nameSpan, messages_1.MESSAGES.stateNameTooLong(length), { data: { state: state.name, length } });
            }
            else if (length === 0) {
                ctx.report('state-name-too-long', state.nameSpan, messages_1.MESSAGES.stateNameEmpty(), { data: { state: state.name, length } });
            }
        }
    },
};
//# sourceMappingURL=state-name-too-long.js.map