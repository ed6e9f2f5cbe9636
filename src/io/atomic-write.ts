import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ExitCode, UserError } from "../errors";

function writeErrorMessage(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case "ENOENT":
      return `cannot write ${path}: its folder does not exist`;
    case "ENOTDIR":
      return `cannot write ${path}: a part of its folder path is a file, not a folder`;
    case "EACCES":
    case "EPERM":
      return `cannot write ${path}: permission denied`;
    case "EISDIR":
      return `cannot write ${path}: it is a directory`;
    case "ENOSPC":
    case "EDQUOT":
      return `cannot write ${path}: the disk is full`;
    case "EROFS":
      return `cannot write ${path}: the file system is read-only`;
    default:
      return `cannot write ${path}: ${error.message}`;
  }
}

/** Best effort: the temporary file may never have been created (or its folder may not exist). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was left behind that could be removed.
  }
}

/**
 * Replace a file's content all at once: write a temporary file beside it, then
 * rename it over the target (atomic within one file system), so an interruption
 * leaves either the old file or the new one, never half of one. The temporary
 * file is removed when anything fails; a failure is a UserError naming the path.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: "utf8", flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new UserError(writeErrorMessage(error as NodeJS.ErrnoException, path), {
      exitCode: ExitCode.usage,
      hint: "pass a --save path in a folder you can write to",
    });
  }
}
