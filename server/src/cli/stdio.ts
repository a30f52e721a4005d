/*
 * The real CliIo's stdout and stderr: plain synchronous writes to fd 1 and 2, so that a command
 * that prints a few lines never builds process.stdout (its stream modules cost ~3-6 ms of start-up).
 */
import { writeSync } from 'fs';

/**
 * A writer for fd 1 or 2. When the reader has gone (EPIPE: `asl run ... | head -1`) the rest of the
 * output is dropped, not a crash. Any other failed write (EAGAIN on a non-blocking pipe...) hands
 * that text and every later one to the process stream, which queues it.
 */
export function stdioWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (stream === undefined) {
      const rest = writeAll(fd, Buffer.from(text, 'utf8'));
      if (rest === undefined) return;
      if (rest === 'closed') {
        closed = true;
        return;
      }
      stream = fd === 1 ? process.stdout : process.stderr;
      text = rest.toString('utf8');
    }
    stream.write(text);
  };
}

/** Writes all of `bytes`; returns what was not written after an error, or 'closed' after EPIPE. */
function writeAll(fd: number, bytes: Buffer): Buffer | 'closed' | undefined {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 'closed';
      return bytes.subarray(done); // the stream takes over from here
    }
  }
  return undefined;
}
