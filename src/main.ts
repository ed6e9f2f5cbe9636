import { main } from "./cli";
import { processContext } from "./cli/context";
import { ExitCode } from "./errors";

/** Run the CLI on this process: the command's exit code becomes the process's; signals end it with theirs. */
export function start(): void {
  process.on("SIGINT", () => process.exit(ExitCode.interrupted));
  process.on("SIGTERM", () => process.exit(ExitCode.terminated));
  void main(process.argv, processContext()).then((code) => {
    process.exitCode = code;
  });
}

export { main };
