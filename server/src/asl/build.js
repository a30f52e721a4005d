"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PropertyNode = exports.ScalarNode = exports.ArrayNode = exports.ObjectNode = exports.TOO_DEEP_MESSAGE = exports.MAX_DEPTH = void 0;
exports.span = span;
exports.newObject = newObject;
exports.newArray = newArray;
exports.newScalar = newScalar;
exports.addProperty = addProperty;
exports.setPropertyValue = setPropertyValue;
exports.addItem = addItem;
exports.setSpan = setSpan;
/** Containers nested deeper than this are dropped (and reported): keeps every consumer's recursion bounded. */
exports.MAX_DEPTH = 256;
exports.TOO_DEEP_MESSAGE = `The document nests objects and arrays more than ${exports.MAX_DEPTH} levels deep; deeper content is ignored`;
function span(start, end) {
    return { start, end };
}
/* The classes are exported for the parsers only; everyone else sees the read-only interfaces of types.ts. */
class ObjectNode {
    start;
    end;
    properties;
    parent;
    kind = 'object';
    constructor(start, end, properties, parent) {
        this.start = start;
        this.end = end;
        this.properties = properties;
        this.parent = parent;
    }
    get span() {
        return this;
    }
}
exports.ObjectNode = ObjectNode;
class ArrayNode {
    start;
    end;
    items;
    parent;
    kind = 'array';
    constructor(start, end, items, parent) {
        this.start = start;
        this.end = end;
        this.items = items;
        this.parent = parent;
    }
    get span() {
        return this;
    }
}
exports.ArrayNode = ArrayNode;
class ScalarNode {
    kind;
    value;
    start;
    end;
    parent;
    /** contentStart - start, times two, plus end - contentEnd (0 or 1: a closing quote): one field, not two. */
    trim;
    constructor(kind, value, start, end, contentStart, contentEnd, parent) {
        this.kind = kind;
        this.value = value;
        this.start = start;
        this.end = end;
        this.parent = parent;
        const lead = Math.max(0, contentStart - start);
        this.trim = lead * 2 + (end - contentEnd === 1 ? 1 : 0);
    }
    get contentStart() {
        return this.start + (this.trim >> 1);
    }
    get contentEnd() {
        return this.end - (this.trim & 1);
    }
    get span() {
        return this;
    }
    get contentSpan() {
        return this.trim === 0 ? this : { start: this.contentStart, end: this.contentEnd };
    }
}
exports.ScalarNode = ScalarNode;
class PropertyNode {
    key;
    keyStart;
    keyEnd;
    parent;
    value = undefined;
    constructor(key, keyStart, keyEnd, parent) {
        this.key = key;
        this.keyStart = keyStart;
        this.keyEnd = keyEnd;
        this.parent = parent;
    }
    get start() {
        return this.keyStart;
    }
    /** The value's end, or the key's when there is no value (or it sits inside the key, as an alias may). */
    get end() {
        const value = this.value;
        return value === undefined || value.end < this.keyEnd ? this.keyEnd : value.end;
    }
    get span() {
        return this;
    }
    get keySpan() {
        return { start: this.keyStart, end: this.keyEnd };
    }
}
exports.PropertyNode = PropertyNode;
function newObject(s, parent) {
    return new ObjectNode(s.start, s.end, [], parent);
}
function newArray(s, parent) {
    return new ArrayNode(s.start, s.end, [], parent);
}
function newScalar(kind, value, s, contentSpan, parent) {
    return new ScalarNode(kind, value, s.start, s.end, contentSpan.start, contentSpan.end, parent);
}
/** Appends a property (without value yet) to an object. */
function addProperty(obj, key, keySpan) {
    const prop = new PropertyNode(key, keySpan.start, keySpan.end, obj);
    obj.properties.push(prop);
    return prop;
}
/** Sets a property's value and extends its span to the value's end. */
function setPropertyValue(prop, value) {
    prop.value = value;
}
function addItem(arr, item) {
    arr.items.push(item);
}
/** Overwrites a node's span (used when a container's end is only known after its children). */
function setSpan(node, s) {
    const n = node;
    n.start = s.start;
    n.end = s.end;
}
//# sourceMappingURL=build.js.map