"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.processorConfigRule = void 0;
/*
 * processor-config: distributed-only Map fields (ItemReader, ItemBatcher, ResultWriter,
 * ToleratedFailure*, Label) on an INLINE Map; a DISTRIBUTED Map without ExecutionType.
 */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const DISTRIBUTED_ONLY = [
    'ItemReader', 'ItemBatcher', 'ResultWriter', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
    'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label',
];
exports.processorConfigRule = {
    scope: 'states',
    codes: ['processor-config'],
    check(ctx) {
        for (const state of ctx.statesOfType('Map'))
            if (state.node)
                checkMap(ctx, state);
    },
};
function checkMap(ctx, state) {
    const config = (0, nodes_1.getPropertyValue)((0, nodes_1.getPropertyValue)(state.node, 'ItemProcessor'), 'ProcessorConfig');
    const mode = (0, nodes_1.getPropertyValue)(config, 'Mode');
    const modeValue = mode?.kind === 'string' ? mode.value : mode === undefined ? 'INLINE' : undefined;
    if (modeValue === 'DISTRIBUTED') {
        if (!(0, nodes_1.getProperty)(config, 'ExecutionType')) {
            ctx.report('processor-config', mode.span, messages_1.MESSAGES.executionTypeRequired(), { data: { state: state.name, field: 'ExecutionType' } });
        }
        return;
    }
    if (modeValue !== 'INLINE')
        return; // unknown or computed mode: invalid-enum reports it
    const executionType = (0, nodes_1.getProperty)(config, 'ExecutionType');
    if (executionType)
        ctx.report('processor-config', executionType.keySpan, messages_1.MESSAGES.executionTypeInline(), { severity: 'warning', data: { state: state.name, field: 'ExecutionType' } });
    for (const field of DISTRIBUTED_ONLY) {
        const prop = (0, nodes_1.getProperty)(state.node, field);
        if (prop)
            ctx.report('processor-config', prop.keySpan, messages_1.MESSAGES.distributedOnly(field), { data: { state: state.name, field } });
    }
}
//# sourceMappingURL=processor-config.js.map