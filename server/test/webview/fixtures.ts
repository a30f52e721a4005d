/*
 * Preview graphs of the examples, built as the language server builds them, for the webview and
 * layout tests.
 */
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../../src/asl/parse';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { previewGraph } from '../../src/service/preview/previewGraph';
import { previewGraphResult } from '../../src/service/preview/previewResult';
import type { PreviewGraph } from '../../src/protocol';
import { layoutGraph } from '../../src/graph/layout';

export function graphOfText(text: string, format: 'json' | 'yaml' = 'json'): PreviewGraph {
  const asl = parseAsl(text, format);
  const doc = TextDocument.create('file:///fixture.asl.' + format, format, 1, text);
  return previewGraph(doc, asl, computeDiagnostics(asl));
}

export function graphOfFile(path: string): PreviewGraph {
  return graphOfText(readFileSync(path, 'utf8'), /\.ya?ml$/.test(path) ? 'yaml' : 'json');
}

/** The `graph` message the extension sends for a file: the graph and its layout. */
export async function graphMessage(path: string, graph: PreviewGraph = graphOfFile(path)) {
  const result = previewGraphResult(graph, 1);
  const layout = await layoutGraph(graph);
  return { type: 'graph', uri: 'file:///' + path, fileName: path, hash: result.hash, graph, layout };
}
