/*
 * The text of the bundled layout worker (media/src/layoutWorker.ts). esbuild.js replaces this
 * module with the real text when it bundles graph.js; unbundled (type checks) it is empty.
 */
const source: string = '';
export default source;
