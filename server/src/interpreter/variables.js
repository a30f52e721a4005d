"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VariableScope = void 0;
class VariableScope {
    parent;
    values;
    constructor(parent) {
        this.parent = parent;
    }
    get(name) {
        const v = this.values?.get(name);
        if (v !== undefined)
            return v;
        return this.parent?.get(name);
    }
    /** Assigns all values at once (they were evaluated with the values at state entry). */
    assignAll(values) {
        const map = (this.values ??= new Map());
        for (const key in values)
            map.set(key, values[key]);
    }
    /** Variables visible here, inner scopes shadowing outer ones (for snapshots and the debugger). */
    visible() {
        const out = this.parent ? this.parent.visible() : {};
        this.values?.forEach((v, k) => (out[k] = v));
        return out;
    }
    /** Only this scope's own variables. */
    own() {
        const out = {};
        this.values?.forEach((v, k) => (out[k] = v));
        return out;
    }
}
exports.VariableScope = VariableScope;
//# sourceMappingURL=variables.js.map