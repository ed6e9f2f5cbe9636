import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** A temporary folder for one test: files to feed the CLI, and a way to prove nothing in it changed. */
export interface Sandbox {
  readonly dir: string;
  /** Write a file (text or bytes) and return its absolute path. */
  write(name: string, content: string | Uint8Array): string;
  /** Every file below the folder with a hash of its content, and its mode: equal snapshots mean nothing was written. */
  snapshot(): Record<string, string>;
  remove(): void;
}

export function createSandbox(prefix = "pm-ladder-test-"): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Readable by every user, so a test may run the CLI as another one (see runCli's `asNobody`).
  chmodSync(dir, 0o755);
  const snapshot = () => {
    const entries: Record<string, string> = {};
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        const stats = statSync(path);
        if (stats.isDirectory()) {
          entries[`${relative(dir, path)}/`] = `dir ${stats.mode.toString(8)}`;
          walk(path);
        } else {
          const hash = (stats.mode & 0o444) === 0 ? "unreadable" : createHash("sha256").update(readFileSync(path)).digest("hex");
          entries[relative(dir, path)] = `${hash} ${stats.mode.toString(8)}`;
        }
      }
    };
    walk(dir);
    return entries;
  };
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    snapshot,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
