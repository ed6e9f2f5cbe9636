import { UserError, ExitCode } from "../errors";
import type { Format } from "../render/formats";

/** Options every command accepts, before or after its name. */
export interface GlobalOptions {
  readonly ladder?: string;
  readonly format?: Format;
  readonly json?: boolean;
  readonly color: boolean;
  readonly debug?: boolean;
}

/** The output format asked for (`--json` is `--format json`), if this command supports it. */
export function chooseFormat(global: GlobalOptions, supported: readonly Format[], command: string): Format {
  if (global.json && global.format !== undefined && global.format !== "json") {
    throw new UserError(`--json and --format ${global.format} contradict each other`, { exitCode: ExitCode.usage, hint: "pass only one of them" });
  }
  const format = global.json ? "json" : (global.format ?? "table");
  if (!supported.includes(format)) {
    throw new UserError(`\`${command}\` has no ${format} output`, {
      exitCode: ExitCode.usage,
      hint: `use --format ${supported.join("|")}`,
    });
  }
  return format;
}
