"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TYPE_TESTS = exports.COMPARISONS = void 0;
exports.stringMatches = stringMatches;
/*
 * The comparison operators of JSONPath Choice rules, as a table: operator name → test of the
 * Variable's value against the operand. A value of the wrong type makes the test false.
 * Strings compare like Java's String.compareTo (UTF-16 code units, as JS does).
 */
const timestamp_1 = require("./timestamp");
const RELATIONS = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];
function holds(relation, order) {
    switch (relation) {
        case 'Equals': return order === 0;
        case 'LessThan': return order < 0;
        case 'GreaterThan': return order > 0;
        case 'LessThanEquals': return order <= 0;
        case 'GreaterThanEquals': return order >= 0;
    }
}
function stringTest(relation) {
    return (v, o) => typeof v === 'string' && typeof o === 'string' && holds(relation, v < o ? -1 : v > o ? 1 : 0);
}
function numericTest(relation) {
    return (v, o) => typeof v === 'number' && typeof o === 'number' && holds(relation, v < o ? -1 : v > o ? 1 : 0);
}
function timestampTest(relation) {
    return (v, o) => {
        if (typeof v !== 'string' || typeof o !== 'string')
            return false;
        const a = (0, timestamp_1.parseTimestamp)(v);
        const b = (0, timestamp_1.parseTimestamp)(o);
        return a !== undefined && b !== undefined && holds(relation, (0, timestamp_1.compareInstants)(a, b));
    };
}
const patternCache = new Map();
/** StringMatches: `*` matches any run of characters; `\*` is a literal star, `\\` a literal backslash. */
function stringMatches(value, pattern) {
    let re = patternCache.get(pattern);
    if (!re) {
        let source = '';
        for (let i = 0; i < pattern.length; i++) {
            const ch = pattern[i];
            if (ch === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\'))
                source += '\\' + pattern[++i];
            else if (ch === '*')
                source += '.*';
            else
                source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        }
        re = new RegExp(`^${source}$`, 's');
        if (patternCache.size > 10_000)
            patternCache.clear();
        patternCache.set(pattern, re);
    }
    return re.test(value);
}
function buildTable() {
    const table = new Map();
    for (const r of RELATIONS) {
        table.set(`String${r}`, stringTest(r));
        table.set(`Numeric${r}`, numericTest(r));
        table.set(`Timestamp${r}`, timestampTest(r));
    }
    table.set('BooleanEquals', (v, o) => typeof v === 'boolean' && v === o);
    table.set('StringMatches', (v, o) => typeof v === 'string' && typeof o === 'string' && stringMatches(v, o));
    return table;
}
/** Operators whose operand is a literal; each except StringMatches also exists as `<name>Path`. */
exports.COMPARISONS = buildTable();
/** Type tests (`"IsString": true`); IsPresent is handled by the caller since it needs absence. */
exports.TYPE_TESTS = new Map([
    ['IsNull', (v) => v === null],
    ['IsNumeric', (v) => typeof v === 'number'],
    ['IsString', (v) => typeof v === 'string'],
    ['IsBoolean', (v) => typeof v === 'boolean'],
    ['IsTimestamp', (v) => typeof v === 'string' && (0, timestamp_1.parseTimestamp)(v) !== undefined],
]);
//# sourceMappingURL=choiceOperators.js.map