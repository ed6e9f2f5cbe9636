import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ExitCode, UserError } from "../../errors";
import type { Ladder } from "../../ladder/model";
import { shellWord } from "../../render/shell";
import type { AssessOptions } from "./options";

/** Whether `path` (a regular file) loads as answers for `ladder`: only then is resuming from it a hint that works. */
async function isAnswersFile(path: string, ladder: Ladder): Promise<boolean> {
  const { loadAnswers } = await import("../../answers/load");
  try {
    loadAnswers(readFileSync(path, "utf8"), path, ladder);
    return true;
  } catch {
    return false;
  }
}

/** `--save` replaces its file: refuse a path that is no file, and a file whose answers this run did not load. */
export async function checkSaveTarget(options: Pick<AssessOptions, "answers" | "save">, ladder: Ladder): Promise<void> {
  if (options.save === "") {
    throw new UserError("--save needs a file path, and it was given an empty one", { exitCode: ExitCode.usage, hint: "pass a file path: --save me.yaml" });
  }
  if (options.save === "-") {
    throw new UserError("--save writes a file, and - is not one (the result already goes to standard output)", {
      exitCode: ExitCode.usage,
      hint: "pass a file path: --save me.yaml",
    });
  }
  if (options.save === undefined || !existsSync(options.save)) return;
  const stats = statSync(options.save);
  if (stats.isDirectory()) {
    throw new UserError(`cannot write ${options.save}: it is a directory`, { exitCode: ExitCode.usage, hint: `pass a file path inside it: --save ${join(options.save, "me.yaml")}` });
  }
  if (options.answers !== undefined && options.answers !== "-" && resolve(options.answers) === resolve(options.save)) return;
  // Not read unless it is a regular file: a device or a named pipe could block, and is no answers file anyway.
  if (!stats.isFile() || !(await isAnswersFile(options.save, ladder))) {
    throw new UserError(`${options.save} already exists and is not an answers file for this ladder; --save would replace it`, {
      exitCode: ExitCode.usage,
      hint: "pass a --save path that does not exist yet",
    });
  }
  const path = shellWord(options.save);
  throw new UserError(`${options.save} already exists; --save would replace the answers in it`, {
    exitCode: ExitCode.usage,
    hint: `resume from it with --answers ${path} --save ${path}, or remove it (or pick another path) to start over`,
  });
}
