/*
 * Loads the local task handler module (workspace code: the client only passes it in trusted
 * workspaces) through the injected LaunchIo: `module.exports = { "<state name or Resource ARN>":
 * (input, context) => result }`, also accepted under a `handlers` export.
 */
import type { TaskHandler } from '../interpreter/tasks';
import type { LaunchIo } from './io';

/** The handlers by key, or a message saying why the module cannot be used. */
export function loadHandlers(io: LaunchIo, path: string, shownAs: string): Map<string, TaskHandler> | string {
  if (io.loadModule === undefined)
    return `cannot load handlers from '${shownAs}': this environment cannot load modules`;
  let mod: unknown;
  try {
    mod = io.loadModule(path);
  } catch (e) {
    return `cannot load handlers from '${shownAs}': ${e instanceof Error ? e.message : String(e)}`;
  }
  const exported = (mod as { handlers?: unknown } | undefined)?.handlers ?? mod;
  if (typeof exported !== 'object' || exported === null)
    return `'${shownAs}' must export an object of handler functions keyed by state name or Resource`;
  const map = new Map<string, TaskHandler>();
  for (const [name, fn] of Object.entries(exported)) if (typeof fn === 'function') map.set(name, fn as TaskHandler);
  if (map.size === 0) return `'${shownAs}' exports no handler functions`;
  return map;
}
