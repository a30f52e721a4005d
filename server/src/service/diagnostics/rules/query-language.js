"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.queryLanguageRule = void 0;
/* query-language: in a JSONata state machine, a state cannot set "QueryLanguage": "JSONPath". */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
exports.queryLanguageRule = {
    scope: 'document',
    codes: ['query-language'],
    check(ctx) {
        for (const state of ctx.doc.allStates) {
            const value = (0, nodes_1.getPropertyValue)(state.node, 'QueryLanguage');
            if (value?.kind !== 'string' || value.value !== 'JSONPath')
                continue;
            // AWS: a top-level JSONata machine cannot be reverted to a mix of JSONata and JSONPath states.
            if (ctx.doc.machine?.queryLanguage === 'JSONata')
                ctx.report('query-language', value.span, messages_1.MESSAGES.queryLanguageRevert(), { data: { state: state.name } });
        }
    },
};
//# sourceMappingURL=query-language.js.map