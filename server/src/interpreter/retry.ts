/*
 * Retry back-off maths (concepts-error-handling, "Retrying after an error"): the n-th retry
 * (n from 0) waits IntervalSeconds × BackoffRate^n seconds, capped by MaxDelaySeconds; with
 * JitterStrategy FULL the wait is uniform in [0, that delay]. MaxAttempts 0 never retries.
 */
import type { CompiledRetrier } from './compile';

/** Delay in milliseconds of retry number `attempt` (0-based), or undefined when exhausted. */
export function retryDelayMs(retrier: CompiledRetrier, attempt: number, random: () => number): number | undefined {
  if (attempt >= retrier.maxAttempts) return undefined;
  let seconds = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempt);
  if (retrier.maxDelaySeconds !== undefined && seconds > retrier.maxDelaySeconds) seconds = retrier.maxDelaySeconds;
  if (retrier.jitter) seconds = random() * seconds;
  return Math.round(seconds * 1000);
}
