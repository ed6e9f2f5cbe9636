import { main } from "./cli";
import { processContext } from "./cli/context";
import { ExitCode } from "./errors";

/**
 * Run the CLI on this process: the command's exit code becomes the process's;
 * SIGINT and SIGTERM end it with theirs. An open prompt hears of the signal first
 * and restores the terminal (cursor shown, prompt erased) before the exit, which
 * waits for that clean-up to run (it is settled in promise callbacks).
 */
export function start(): void {
  const interruption = new AbortController();
  const endOn = (code: number) => () => {
    interruption.abort(code);
    setImmediate(() => process.exit(code));
  };
  process.on("SIGINT", endOn(ExitCode.interrupted));
  process.on("SIGTERM", endOn(ExitCode.terminated));
  void main(process.argv, processContext(interruption.signal)).then((code) => {
    process.exitCode = code;
  });
}

export { main };
