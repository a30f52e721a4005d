"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.snapshotFrame = snapshotFrame;
exports.flattenSnapshot = flattenSnapshot;
const frame_1 = require("./frame");
const PHASE_NAMES = {
    [frame_1.PHASE_ENTER]: 'before-enter', [frame_1.PHASE_PREPARE]: 'entered', [frame_1.PHASE_RUN]: 'running', [frame_1.PHASE_STARTED]: 'running',
    [frame_1.PHASE_WAIT_TOKEN]: 'waiting-for-token', [frame_1.PHASE_RESULT]: 'completing', [frame_1.PHASE_COMPLETE]: 'completing', [frame_1.PHASE_CHILDREN_DONE]: 'completing',
    [frame_1.PHASE_TASK_FAILED]: 'failing', [frame_1.PHASE_TIMED_OUT]: 'failing', [frame_1.PHASE_CHILDREN_FAILED]: 'failing', [frame_1.PHASE_FINISH]: 'finishing',
    [frame_1.PHASE_FAIL_FINISH]: 'finishing', [frame_1.PHASE_DONE]: 'done',
};
function snapshotFrame(frame) {
    const jsonata = frame.state.jsonata;
    const children = [];
    if (frame.waiting)
        for (const child of frame.waiting.frames)
            if (child.phase !== frame_1.PHASE_DONE)
                children.push(snapshotFrame(child));
    return {
        label: frame.label,
        kind: frame.kind,
        index: frame.index,
        state: frame.state.name,
        type: frame.state.type,
        queryLanguage: jsonata ? 'JSONata' : 'JSONPath',
        phase: PHASE_NAMES[frame.phase] ?? 'running',
        retryCount: frame.retryCount,
        taskToken: frame.token,
        blocked: frame.blocked,
        input: frame.input,
        afterInputPath: jsonata ? undefined : frame.afterInputPath,
        afterParameters: jsonata ? undefined : frame.afterParameters,
        afterArguments: jsonata ? frame.afterParameters : undefined,
        result: frame.result,
        afterResultSelector: jsonata ? undefined : frame.afterResultSelector,
        afterResultPath: jsonata ? undefined : frame.afterResultPath,
        output: frame.output,
        variables: frame.vars.visible(),
        children,
    };
}
/** All active frames, depth-first (the root first). */
function flattenSnapshot(root) {
    const out = [];
    const visit = (s) => {
        out.push(s);
        s.children.forEach(visit);
    };
    visit(root);
    return out;
}
//# sourceMappingURL=snapshot.js.map