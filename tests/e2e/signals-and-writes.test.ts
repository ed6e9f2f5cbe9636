import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../helpers/sandbox";
import { BIN, expectNoStack, fixture, installForNobody, ROOT, runCli } from "../helpers/run-cli";

const LADDER = fixture("ladders/assess-small.yaml");
const MID = fixture("answers/small-mid.yaml");

/**
 * Start a command that waits on its standard input, wait until it has written
 * `ready` to stdout (so it is inside the command, not still starting), send it
 * a signal, and collect how it ended.
 */
function signalWhileWaiting(args: readonly string[], firstInput: string, ready: RegExp, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let sent = false;
    const guard = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (!sent && ready.test(stdout)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, closedBy) => {
      clearTimeout(guard);
      resolve({ code, signal: closedBy, stdout, stderr });
    });
    // Standard input stays open: the command is still waiting for more when the signal comes.
    child.stdin.write(firstInput);
  });
}

describe("signals end a command cleanly", () => {
  const batch = ["--ladder", LADDER, "assess", "--batch", "-"];
  const line = '{"id": "first", "ratings": {"a": 2, "b": 2}}\n';

  it("SIGTERM mid-batch: exit 143, the records so far intact, no stack trace", async () => {
    const ended = await signalWhileWaiting(batch, line, /\n$/, "SIGTERM");
    expect(ended).toMatchObject({ code: 143, signal: null });
    expect(JSON.parse(ended.stdout.trim()).id).toBe("first");
    expectNoStack(ended.stderr);
  });

  it("SIGINT mid-batch: exit 130", async () => {
    const ended = await signalWhileWaiting(batch, line, /\n$/, "SIGINT");
    expect(ended).toMatchObject({ code: 130, signal: null });
    expectNoStack(ended.stderr);
  });
});

/** Resolves once the process `pid` has the file `path` open (Linux: /proc/PID/fd), so it is waiting on it, not still starting. */
async function untilOpenedBy(pid: number, path: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const open = (() => {
      try {
        return readdirSync(`/proc/${pid}/fd`).some((fd) => {
          try {
            return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
          } catch {
            return false;
          }
        });
      } catch {
        return false;
      }
    })();
    if (open) return;
    if (Date.now() > deadline) throw new Error(`process ${pid} never opened ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("signals while a ladder is read from a named pipe", () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = createSandbox("pm-ladder-fifo-");
  });
  afterEach(() => sandbox.remove());

  // A pipe whose writer holds it open without writing, and one whose writer never comes: either way a blocking read waits for ever.
  it.each([
    ["SIGTERM", 143, "a writer that holds it open"],
    ["SIGINT", 130, "a writer that holds it open"],
    ["SIGTERM", 143, "no writer yet"],
  ] as const)("%s ends the wait at once: exit %i, the process gone within a second (%s)", async (signal, code, writerKind) => {
    const pipe = join(sandbox.dir, "ladder.yaml");
    execFileSync("mkfifo", [pipe]);
    // `exec`, so the writer is this one process and the kill below closes its end of the pipe.
    const writer = writerKind === "no writer yet" ? undefined : spawn("sh", ["-c", 'exec sleep 30 3>"$0"', pipe], { stdio: "ignore" });
    const child = spawn(process.execPath, [BIN, "--ladder", pipe, "levels"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    try {
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
        child.on("exit", (exit, closedBy) => resolve({ code: exit, signal: closedBy, at: performance.now() })),
      );
      await untilOpenedBy(child.pid!, pipe);
      const signalledAt = performance.now();
      child.kill(signal);
      const ended = await Promise.race([exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5_000))]);
      expect(ended, "still running 5 s after the signal").toBeDefined();
      expect({ code: ended!.code, signal: ended!.signal }).toEqual({ code, signal: null });
      expect(ended!.at - signalledAt, "ms from the signal until the process was gone").toBeLessThan(1_000);
      expect(isAlive(child.pid!)).toBe(false);
      expectNoStack(stderr);
    } finally {
      child.kill("SIGKILL");
      writer?.kill("SIGKILL");
    }
  });
});

describe("writing the answers: all or nothing", () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = createSandbox();
  });
  afterEach(() => sandbox.remove());

  it("refuses to replace an existing --save file that this run did not load, and leaves it as it was", async () => {
    const saved = sandbox.write("me.yaml", "answers:\n  a-choice: 3\n");
    const before = sandbox.snapshot();
    const { code, stdout, stderr } = await runCli(["--ladder", LADDER, "assess", "--answers", MID, "--save", saved]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error: ${saved} already exists; --save would replace the answers in it`);
    expect(stderr).toContain(`hint: resume from it with --answers ${saved} --save ${saved}`);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it("a folder path that runs through a file: exit 2, nothing written", async () => {
    sandbox.write("notes.txt", "not a folder\n");
    const before = sandbox.snapshot();
    const { code, stderr } = await runCli(["--ladder", LADDER, "assess", "--answers", MID, "--save", "notes.txt/me.yaml"], { cwd: sandbox.dir });
    expect(code).toBe(2);
    expect(stderr).toContain("error: cannot write notes.txt/me.yaml: a part of its folder path is a file");
    expectNoStack(stderr);
    expect(sandbox.snapshot()).toEqual(before);
  });

  // Permissions do not bind root, so as root the CLI runs as `nobody`.
  it("a read-only folder: exit 2, the previous file intact, no temporary file left", async () => {
    const asNobody = process.getuid?.() === 0 ? installForNobody(sandbox.dir) : undefined;
    // In the sandbox, where `nobody` can read it.
    const ladder = sandbox.write("ladder.yaml", readFileSync(LADDER, "utf8"));
    mkdirSync(`${sandbox.dir}/locked`);
    const saved = sandbox.write("locked/me.yaml", readFileSync(MID, "utf8"));
    chmodSync(`${sandbox.dir}/locked`, 0o555);
    const before = sandbox.snapshot();
    const { code, stdout, stderr } = await runCli(["--ladder", ladder, "assess", "--answers", saved, "--save", saved], { asNobody });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error: cannot write ${saved}: permission denied`);
    expect(sandbox.snapshot()).toEqual(before);
  });
});
