/*
 * Reading a file with a size cap, for the real CliIo: `asl validate /dev/zero`, a FIFO or a huge
 * item file must end with a clear error, not a hang or an out-of-memory kill. Knows nothing of ASL.
 */
import { closeSync, openSync, readSync } from 'fs';

/** The most any `asl` command reads from one file (definitions, inputs, mocks, item files). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads at most `limit` bytes of UTF-8 text; a longer file throws an error (code EFBIG) saying so. */
export function readFileCapped(path: string, limit: number = MAX_FILE_BYTES): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(limit);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function tooLarge(limit: number): Error {
  const error = new Error(`larger than ${limit / (1024 * 1024)} MiB, the most asl reads from one file`);
  (error as NodeJS.ErrnoException).code = 'EFBIG';
  return error;
}
