/*
 * runSafe: runs one feature call so that nothing escapes to the connection. A cancelled request
 * returns the fallback; an exception is logged and returns the fallback. The server never crashes
 * because of a feature bug or an odd document.
 */
import type { CancellationToken } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export function runSafe<T>(
  logger: Logger,
  name: string,
  fallback: T,
  token: CancellationToken | undefined,
  run: () => T,
): T {
  if (token?.isCancellationRequested) return fallback;
  try {
    return run();
  } catch (error) {
    logger.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}
