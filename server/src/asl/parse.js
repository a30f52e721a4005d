"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseAsl = parseAsl;
exports.formatForFileName = formatForFileName;
/*
 * Entry point of the ASL model: text (JSON or YAML) → AslDocument (tree, machines, syntax errors).
 * Never throws: an internal failure becomes a syntax problem on an empty document.
 * No I/O, no LSP: the caller passes the text and the format (see formatForFileName).
 */
const machine_1 = require("./machine");
const parseJson_1 = require("./parseJson");
const parseYaml_1 = require("./parseYaml");
/** Parses ASL text. Syntax errors are returned in `syntaxErrors`; the tree is kept as far as possible. */
function parseAsl(text, format = 'json') {
    const source = typeof text === 'string' ? text : String(text);
    try {
        const tree = format === 'yaml' ? (0, parseYaml_1.parseYamlTree)(source) : (0, parseJson_1.parseJsonTree)(source);
        const built = (0, machine_1.buildMachines)(tree.root);
        return {
            text: source,
            format,
            root: tree.root,
            machine: built.machine,
            allStates: built.allStates,
            allMachines: built.allMachines,
            syntaxErrors: tree.problems,
        };
    }
    catch (error) {
        return failed(source, format, error);
    }
}
function failed(text, format, error) {
    const reason = error instanceof RangeError ? 'the document is nested too deeply' : 'internal parser error';
    const message = `Could not parse the document: ${reason}`;
    const span = { start: 0, end: Math.min(text.length, 1) };
    return { text, format, allStates: [], allMachines: [], syntaxErrors: [{ message, span, code: `${format}-syntax` }] };
}
/** Format from a file name: .yaml/.yml (incl. .asl.yaml/.asl.yml) → 'yaml', anything else → 'json'. */
function formatForFileName(path) {
    return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}
//# sourceMappingURL=parse.js.map