import { writeSync } from "node:fs";

/** Where a command's text goes: standard output, or whatever a test passes in. */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * Standard output written straight to file descriptor 1. Creating `process.stdout`
 * costs about 5 ms on a pipe (a socket and its stream machinery), a fifth of Node's
 * whole start-up, and a CLI that prints once and ends does not need it. Writes are
 * synchronous and complete, which also gives a batch natural back-pressure.
 * A reader that went away (EPIPE, `| head -1`) calls `onClosed`; a non-blocking
 * descriptor (EAGAIN) falls back to the stream for the rest of the run.
 */
export function stdoutWriter(onClosed: () => void): TextSink {
  let stream: NodeJS.WritableStream | undefined;
  return {
    write(text: string) {
      if (stream) return stream.write(text);
      let bytes = Buffer.from(text, "utf8");
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(1, bytes));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "EPIPE") return onClosed();
          if (code !== "EAGAIN") throw error;
          stream = process.stdout;
          stream.on("error", (streamError: NodeJS.ErrnoException) => {
            if (streamError.code !== "EPIPE") throw streamError;
            onClosed();
          });
          return stream.write(bytes);
        }
      }
      return true;
    },
  };
}
