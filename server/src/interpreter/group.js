"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChildGroup = void 0;
class ChildGroup {
    owner;
    spec;
    results;
    next = 0;
    active = 0;
    finished = 0;
    failedCount = 0;
    failure = undefined;
    frames = new Set();
    /** Distributed Map: per-child outcome for ResultWriter. */
    outcomes = [];
    constructor(owner, spec) {
        this.owner = owner;
        this.spec = spec;
        this.results = new Array(spec.total);
    }
    get done() {
        return this.finished >= this.spec.total || this.failure !== undefined;
    }
    get canSpawn() {
        return this.failure === undefined && this.next < this.spec.total && this.active < this.spec.limit;
    }
    /** True when this many failures exceed the distributed Map's tolerance. */
    exceedsTolerance() {
        const { toleratedCount, toleratedPercentage, total } = this.spec;
        if (toleratedCount === undefined && toleratedPercentage === undefined)
            return this.failedCount > 0;
        if (toleratedCount !== undefined && this.failedCount > toleratedCount)
            return true;
        return toleratedPercentage !== undefined && (this.failedCount / total) * 100 > toleratedPercentage;
    }
}
exports.ChildGroup = ChildGroup;
//# sourceMappingURL=group.js.map