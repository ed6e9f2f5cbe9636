import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../helpers/sandbox";
import { BIN, expectNoStack, fixture, ROOT, runCli } from "../helpers/run-cli";

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

describe("signals while a ladder is read from a named pipe", () => {
  it.each([["SIGTERM", 143], ["SIGINT", 130]] as const)("%s ends the wait for the pipe's writer: exit %i", async (signal, code) => {
    const folder = mkdtempSync(join(tmpdir(), "pm-ladder-fifo-"));
    const pipe = join(folder, "ladder.yaml");
    execFileSync("mkfifo", [pipe]);
    // The writer opens the pipe and holds it open without writing: a blocking read would wait for ever.
    const writer = spawn("sh", ["-c", `exec 3>${JSON.stringify(pipe)}; sleep 10`], { stdio: "ignore" });
    try {
      const child = spawn(process.execPath, [BIN, "--ladder", pipe, "levels"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      await new Promise((resolve) => setTimeout(resolve, 400));
      child.kill(signal);
      const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (exit, closedBy) => resolve({ code: exit, signal: closedBy })));
      expect(ended).toEqual({ code, signal: null });
      expectNoStack(stderr);
    } finally {
      writer.kill("SIGKILL");
      rmSync(folder, { recursive: true, force: true });
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
    mkdirSync(`${sandbox.dir}/locked`);
    const saved = sandbox.write("locked/me.yaml", readFileSync(MID, "utf8"));
    chmodSync(`${sandbox.dir}/locked`, 0o555);
    const before = sandbox.snapshot();
    const { code, stdout, stderr } = await runCli(["--ladder", LADDER, "assess", "--answers", saved, "--save", saved], {
      asNobody: process.getuid?.() === 0,
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error: cannot write ${saved}: permission denied`);
    expect(sandbox.snapshot()).toEqual(before);
  });
});
