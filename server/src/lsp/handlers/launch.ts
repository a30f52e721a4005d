/*
 * Handler of `asl/launchCandidates` (../../protocol.ts): lists the definition's folder and reads its
 * mock file from disk for service/launchCandidates.ts. The only file-system access of the language
 * server; a missing folder gives no candidates, never an error.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { LaunchCandidatesRequest, type LaunchCandidates } from '../../protocol';
import { launchCandidates } from '../../launch/launchCandidates';
import type { ServerContext } from '../context';
import { runSafe } from '../runSafe';
import { listFolder } from '../companionFiles';

export function registerLaunch(ctx: ServerContext): void {
  ctx.connection.onRequest(LaunchCandidatesRequest, (p, token) => {
    const none: LaunchCandidates = { stateMachineName: '', inputs: [] };
    return runSafe(ctx.connection.console, 'launchCandidates', none, token, () => {
      const folder = dirname(p.definitionPath);
      return launchCandidates(p.definitionPath, {
        names: listFolder(folder),
        read: (n) => readFileSync(join(folder, n), 'utf8'),
      });
    });
  });
}
