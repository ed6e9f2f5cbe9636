import { expect } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/pm-ladder.js", import.meta.url));

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface RunOptions {
  readonly input?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /**
   * Run as the unprivileged user `nobody` (through setpriv), so file permissions apply even
   * when the tests run as root, from this copy of the package (see installForNobody).
   */
  readonly asNobody?: NobodyInstall;
}

/** A copy of the built package that `nobody` can run, in a world-readable folder. */
export interface NobodyInstall {
  readonly folder: string;
  readonly bin: string;
}

const NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];

/** An error that vitest prints as its message alone: the reason is the whole story, a stack would only hide it. */
function setupError(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

let nobodyChecked = false;

/** Fails with the reason when the tests cannot run a program as `nobody` here. */
function checkNobodyCanRunNode(): void {
  if (nobodyChecked) return;
  const probe = spawnSync(NOBODY[0]!, [...NOBODY.slice(1), process.execPath, "-e", "0"], { encoding: "utf8" });
  if ((probe.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw setupError("setpriv is not installed: the tests that run as root drop to the user nobody with it; install util-linux (apt-get install util-linux), or run the tests as a user other than root");
  }
  if (probe.error || probe.status !== 0) {
    throw setupError(`nobody cannot run ${process.execPath} through setpriv (${probe.error?.message ?? probe.stderr.trim()}); install Node where every user can run it`);
  }
  nobodyChecked = true;
}

/**
 * Copy what the package ships (package.json `files`: the built bin/ and dist/, ladder.yaml)
 * into `folder`/pm-ladder, readable by all (`folder` is a sandbox, mode 0755): `nobody` may
 * not reach the checkout itself, e.g. a clone under a mode-700 folder.
 */
export function installForNobody(folder: string): NobodyInstall {
  checkNobodyCanRunNode();
  const target = join(folder, "pm-ladder");
  mkdirSync(target, { recursive: true });
  chmodSync(target, 0o755);
  const { files } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
  for (const entry of files) cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  return { folder, bin: join(target, "bin", "pm-ladder.js") };
}

/** Run the built CLI as a user would: a child process, colour pinned off, stdout and stderr captured. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, COLUMNS: "100", ...options.env };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const command = options.asNobody === undefined ? [process.execPath, BIN, ...args] : [...NOBODY, process.execPath, options.asNobody.bin, ...args];
    const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd ?? options.asNobody?.folder ?? ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 15_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** A user never sees a stack trace (only --debug shows one). */
export function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
}
