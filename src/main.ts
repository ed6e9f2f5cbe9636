import { main } from "./cli";
import { processContext } from "./cli/context";
import { ExitCode } from "./errors";

// A reader that went away (`| head -1`) is not an error: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? ExitCode.ok);
  throw error;
});
process.on("SIGINT", () => process.exit(ExitCode.interrupted));
process.on("SIGTERM", () => process.exit(ExitCode.terminated));

process.exitCode = await main(process.argv, processContext());
