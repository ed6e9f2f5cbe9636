import { chmodSync, lstatSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
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

/** Where the content goes: the file a symbolic link points to (the link stays a link), else the path itself. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // A link to a file that does not exist yet: the file is created where the link points.
    try {
      if (lstatSync(path).isSymbolicLink()) return resolve(dirname(path), readlinkSync(path));
    } catch {
      // Neither a file nor a link: the path is the target.
    }
    return path;
  }
}

/** The permission bits of an existing file, to keep on its replacement (private answers stay private). */
function existingMode(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mode;
}

/**
 * Replace a file's content all at once: write a temporary file beside it, then
 * rename it over the target (atomic within one file system), so an interruption
 * leaves either the old file or the new one, never half of one. A replaced file
 * keeps its permissions, and a symbolic link keeps pointing where it did. The
 * temporary file is removed when anything fails; a failure is a UserError naming the
 * path, with the caller's `hint` (how to give another path, in the caller's words).
 */
export function writeFileAtomic(path: string, text: string, { hint }: { readonly hint: string }): void {
  const target = realTarget(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const mode = existingMode(target);
    // Created private when it replaces a file, then given that file's mode (a mode passed here would go through the umask).
    writeFileSync(temporary, text, { encoding: "utf8", flag: "wx", ...(mode === undefined ? {} : { mode: 0o600 }) });
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw new UserError(writeErrorMessage(error as NodeJS.ErrnoException, path), { exitCode: ExitCode.usage, hint });
  }
}
