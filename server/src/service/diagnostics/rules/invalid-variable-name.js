"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invalidVariableNameRule = void 0;
/*
 * invalid-variable-name: an Assign key (without its `.$` suffix) must be a name that `$name` can
 * read back: a letter or underscore, then letters, digits or underscores; `states` is reserved.
 */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const variables_1 = require("../support/variables");
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
exports.invalidVariableNameRule = {
    scope: 'states',
    codes: ['invalid-variable-name'],
    check(ctx) {
        for (const state of ctx.states) {
            check(ctx, (0, nodes_1.getPropertyValue)(state.node, 'Assign'));
            for (const list of ['Choices', 'Catch']) {
                const items = (0, nodes_1.getPropertyValue)(state.node, list);
                if (items?.kind === 'array')
                    for (const item of items.items)
                        check(ctx, (0, nodes_1.getPropertyValue)(item, 'Assign'));
            }
        }
    },
};
function check(ctx, assign) {
    for (const prop of (0, variables_1.assignedNames)(assign)) {
        const name = (0, variables_1.variableName)(prop.key);
        if (name === 'states')
            ctx.report('invalid-variable-name', prop.keySpan, messages_1.MESSAGES.reservedVariableName(), { data: { variable: name } });
        else if (!NAME.test(name))
            ctx.report('invalid-variable-name', prop.keySpan, messages_1.MESSAGES.invalidVariableName(name), { data: { variable: name } });
    }
}
//# sourceMappingURL=invalid-variable-name.js.map