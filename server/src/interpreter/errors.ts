/*
 * AWS's error-name matching for Retry and Catch ErrorEquals. Pure.
 * Page: "Handling errors in Step Functions workflows" (concepts-error-handling):
 * - States.ALL matches every error except States.Runtime and States.DataLimitExceeded;
 * - States.TaskFailed matches any error except States.Timeout (and the two terminal ones above);
 * - States.Runtime is never retried nor caught, even when named.
 * Decision (ARCHITECTURE.md): States.Timeout also matches States.HeartbeatTimeout, since the
 * same page says States.Timeout covers a missed heartbeat.
 */

export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  if (error === 'States.Runtime') return false;
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === 'States.ALL' && error !== 'States.DataLimitExceeded') return true;
    if (
      name === 'States.TaskFailed' &&
      error !== 'States.Timeout' &&
      error !== 'States.HeartbeatTimeout' &&
      error !== 'States.DataLimitExceeded'
    )
      return true;
    if (name === 'States.Timeout' && error === 'States.HeartbeatTimeout') return true;
  }
  return false;
}

/** Index of the first retrier/catcher whose ErrorEquals matches, or -1. */
export function firstMatch(list: readonly { readonly errorEquals: readonly string[] }[], error: string): number {
  for (let i = 0; i < list.length; i++) if (errorMatches(list[i].errorEquals, error)) return i;
  return -1;
}
