/*
 * `asl graph --format svg`: the document's preview graph (as the language server builds it, with
 * diagnostics and reachability), laid out and drawn by server/src/graph in a light or dark palette.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AslDocument } from '../asl/types';
import { computeDiagnostics } from '../service/diagnostics';
import { previewGraph } from '../service/preview/previewGraph';
import { layoutGraph } from '../graph/layout';
import { renderSvg } from '../graph/svg';
import { DARK_PALETTE, LIGHT_PALETTE } from '../graph/theme';

export async function toSvg(doc: AslDocument, theme: 'light' | 'dark'): Promise<string> {
  const textDocument = TextDocument.create('file:///definition', doc.format, 1, doc.text);
  const graph = previewGraph(textDocument, doc, computeDiagnostics(doc));
  const layout = await layoutGraph(graph);
  return renderSvg(graph, layout, { palette: theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE });
}
