// A minimal test harness for the VS Code extension host: register tests with `test()`, run them in
// order with `runAll()`. Replaces mocha (no dependency); prints TAP-like lines and a summary line
// `exthost: N passed, N failed` that scripts/e2e/run.mjs reads.

type TestFn = () => Promise<void> | void;
interface TestCase {
  name: string;
  fn: TestFn;
  timeoutMs: number;
}

const tests: TestCase[] = [];

export function test(name: string, fn: TestFn, timeoutMs = 60_000): void {
  tests.push({ name, fn, timeoutMs });
}

function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function runAll(): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const [i, t] of tests.entries()) {
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs);
      passed++;
      console.log(`ok ${i + 1} - ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`not ok ${i + 1} - ${t.name}\n  ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  console.log(`exthost: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

/** Polls `probe` until it returns a value that is not undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
