/*
 * Starts this CLI again in a child process (the same Node and script) and collects its output:
 * `asl test` runs test files in parallel this way. Part of the real CliIo built by main.ts.
 */

/** child_process is loaded on first use: it costs every other command ~6 ms CPU at start-up. */
export async function spawnCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import('child_process');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
