"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleContext = void 0;
/*
 * What a diagnostic rule sees: the parsed document, the states it looks at, a `report` sink, and
 * shared analyses computed lazily at most once per run (state index, reachability, expression
 * parses memoized by text) or once per slice of states (shaped objects, expression sites).
 * Rules never parse or walk the graph on their own when an analysis here already does it.
 */
const jsonata_1 = __importDefault(require("jsonata"));
const expr_1 = require("../../asl/expr");
const messages_1 = require("./messages");
const stateIndex_1 = require("./support/stateIndex");
const reachability_1 = require("./support/reachability");
const sites_1 = require("./support/sites");
const jsonataFast_1 = require("./support/jsonataFast");
const jsonataRefs_1 = require("./support/jsonataRefs");
const shapes_1 = require("./support/shapes");
const pathStrings_1 = require("./support/pathStrings");
/** What every slice of one run shares: the findings, name lookups, graph facts and parse memos. */
class RunState {
    diagnostics = [];
    stateIndex;
    reach = new Map();
    finish = new Map();
    jsonataMemo = new Map();
    pathMemo = new Map();
    intrinsicMemo = new Map();
}
class RuleContext {
    doc;
    states;
    machines;
    sites;
    shapedIndex;
    paths;
    byType;
    run;
    slices = [];
    /**
     * A context over the whole document, or (forSlice) over some of its states: `states` are the
     * states its 'states' rules look at, `machines` the machines whose own objects (StateMachine,
     * branch, processor) belong to it.
     */
    constructor(doc, states = doc.allStates, machines = doc.allMachines, run) {
        this.doc = doc;
        this.states = states;
        this.machines = machines;
        this.run = run ?? new RunState();
    }
    /**
     * A context over some of the document's states, sharing this run's findings and memos. Once a
     * context has slices, its own expression sites and path strings are theirs put together.
     */
    forSlice(states, machines) {
        const slice = new RuleContext(this.doc, states, machines, this.run);
        this.slices.push(slice);
        return slice;
    }
    get diagnostics() {
        return this.run.diagnostics;
    }
    get text() {
        return this.doc.text;
    }
    report(code, span, message, extra = {}) {
        /* a copy: a rule may pass a node (nodes are their own spans), and a diagnostic must stay plain data */
        const d = { span: { start: span.start, end: span.end }, severity: extra.severity ?? messages_1.DIAGNOSTIC_CODES[code], code, message };
        this.run.diagnostics.push(extra.data || extra.tags ? { ...d, ...(extra.data && { data: extra.data }), ...(extra.tags && { tags: extra.tags }) } : d);
    }
    get index() {
        return (this.run.stateIndex ??= (0, stateIndex_1.buildStateIndex)(this.doc));
    }
    get expressions() {
        return (this.sites ??= this.slices.length > 0 ? (0, sites_1.mergeSites)(this.slices.map((s) => s.expressions)) : (0, sites_1.collectSites)(this.states));
    }
    /** The states of one Type (e.g. every Wait state) among this context's states, in document order. */
    statesOfType(type) {
        if (!this.byType) {
            this.byType = new Map();
            for (let i = 0; i < this.states.length; i++) {
                const state = this.states[i];
                if (state.type === undefined)
                    continue;
                const list = this.byType.get(state.type);
                if (list)
                    list.push(state);
                else
                    this.byType.set(state.type, [state]);
            }
        }
        return this.byType.get(type) ?? [];
    }
    /** Every object the spec tables describe (machines, states, retriers, ...), with its field table. */
    get shaped() {
        return this.structure.objects;
    }
    /** The shaped objects with the entries sorted out per structural rule (unknown, enums, ...). */
    get structure() {
        return (this.shapedIndex ??= (0, shapes_1.collectShapedObjects)(this.machines, this.states));
    }
    /** JSONPath-mode strings holding a path or an intrinsic call (path fields and `.$` values). */
    get pathStrings() {
        return (this.paths ??= this.slices.length > 0 ? this.slices.flatMap((s) => s.pathStrings) : (0, pathStrings_1.collectPathStrings)(this.shaped, this.expressions));
    }
    /** States reachable from the machine's StartAt; undefined when StartAt does not resolve. */
    reachable(machine) {
        const reach = this.run.reach;
        if (!reach.has(machine))
            reach.set(machine, (0, reachability_1.reachableStates)(machine));
        return reach.get(machine);
    }
    /** States from which a terminal state can be reached (unknown outcomes count as finishing). */
    canFinish(machine) {
        let set = this.run.finish.get(machine);
        if (!set)
            this.run.finish.set(machine, (set = (0, reachability_1.statesThatCanFinish)(machine)));
        return set;
    }
    jsonata(expression) {
        let result = this.run.jsonataMemo.get(expression);
        if (!result)
            this.run.jsonataMemo.set(expression, (result = parseJsonata(expression)));
        return result;
    }
    jsonPath(text) {
        let result = this.run.pathMemo.get(text);
        if (!result)
            this.run.pathMemo.set(text, (result = (0, expr_1.parseJsonPath)(text)));
        return result;
    }
    intrinsic(text) {
        let result = this.run.intrinsicMemo.get(text);
        if (!result)
            this.run.intrinsicMemo.set(text, (result = (0, expr_1.parseIntrinsic)(text)));
        return result;
    }
}
exports.RuleContext = RuleContext;
/** Results of the real jsonata parser, shared across runs (pure function of the text; bounded). */
const jsonataCache = new Map();
const JSONATA_CACHE_LIMIT = 20000;
function parseJsonata(expression) {
    const fast = (0, jsonataFast_1.fastJsonataRefs)(expression);
    if (fast)
        return { refs: fast };
    let result = jsonataCache.get(expression);
    if (!result) {
        if (jsonataCache.size >= JSONATA_CACHE_LIMIT)
            jsonataCache.delete(jsonataCache.keys().next().value);
        jsonataCache.set(expression, (result = parseWithJsonata(expression)));
    }
    return result;
}
function parseWithJsonata(expression) {
    try {
        return { refs: (0, jsonataRefs_1.jsonataRefs)((0, jsonata_1.default)(expression).ast()) };
    }
    catch (e) {
        const err = (e ?? {});
        const end = typeof err.position === 'number' ? Math.min(err.position, expression.length) : expression.length;
        const atEnd = err.token === '(end)' || (err.token === undefined && end >= expression.length);
        const tokenLength = typeof err.token === 'string' && err.token !== '(end)' ? err.token.length : 1;
        const start = Math.max(0, end - tokenLength);
        return { error: { message: err.message ?? String(e), start, end: Math.max(end, start), atEnd } };
    }
}
//# sourceMappingURL=context.js.map