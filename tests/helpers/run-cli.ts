import { expect } from "vitest";
import { spawn } from "node:child_process";
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
  /** Run as the unprivileged user `nobody` (through setpriv): file permissions apply even when the tests run as root. */
  readonly asNobody?: boolean;
}

const NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];

/** Run the built CLI as a user would: a child process, colour pinned off, stdout and stderr captured. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, COLUMNS: "100", ...options.env };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const command = options.asNobody ? [...NOBODY, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
    const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd ?? ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
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
