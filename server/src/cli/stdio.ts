/*
 * The real CliIo's stdout and stderr: plain synchronous writes to fd 1 and 2, so that a command
 * that prints a few lines never builds process.stdout (its stream modules cost ~3-6 ms of start-up).
 */
import { writeSync } from 'fs';

/**
 * A writer for fd 1 or 2. The first failed write (EAGAIN on a non-blocking pipe, EPIPE...) hands
 * that text and every later one to the process stream, which queues, and reports errors, as before.
 */
export function stdioWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  return (text) => {
    if (stream === undefined) {
      const rest = writeAll(fd, Buffer.from(text, 'utf8'));
      if (rest === undefined) return;
      stream = fd === 1 ? process.stdout : process.stderr;
      text = rest.toString('utf8');
    }
    stream.write(text);
  };
}

/** Writes all of `bytes`; on an error returns what was not written. */
function writeAll(fd: number, bytes: Buffer): Buffer | undefined {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch {
      return bytes.subarray(done); // the stream takes over from here
    }
  }
  return undefined;
}
