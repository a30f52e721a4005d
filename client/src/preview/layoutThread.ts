/*
 * Entry of dist/layoutThread.js: one of the layout pool's worker threads (layoutPool.ts). Runs elk
 * layouts (server/src/graph/layout.ts's runner) for the extension host, which stays responsive, and
 * keeps elkjs's code compiled between previews. Plain Node: must not import `vscode`.
 */
import { parentPort } from 'node:worker_threads';
import { runElkHere } from '../../../server/src/graph/layout';
import type { ElkJob, ElkJobResult } from './layoutThreadProtocol';

const port = parentPort;
if (port === null) throw new Error('layoutThread.js runs only as a worker thread');

port.on('message', (job: ElkJob) => {
  const answer = (result: ElkJobResult) => port.postMessage(result);
  runElkHere(job.graph, job.options).then(
    (graph) => answer({ id: job.id, graph }),
    (error: unknown) => answer({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
