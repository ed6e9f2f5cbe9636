import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, fixture, runCli } from "../helpers/run-cli";

const CUSTOM = fixture("ladders/custom.yaml");
const PROMOTION = fixture("ladders/promotion.yaml");

let binDir: string;

beforeAll(() => {
  // The scripts call `pm-ladder` back for level names, so it must be on the PATH as users have it.
  binDir = mkdtempSync(join(tmpdir(), "pm-ladder-completion-"));
  const shim = join(binDir, "pm-ladder");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
});

afterAll(() => rmSync(binDir, { recursive: true, force: true }));

// The real shells are required, not optional (CI installs them): a skipped test would prove nothing.

/** Complete the last word of `words` with the real bash script, as bash would on Tab. */
function bashComplete(words: readonly string[]): string[] {
  const quoted = words.map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(" ");
  const script = `source <(pm-ladder completion bash) && COMP_WORDS=(${quoted}) && COMP_CWORD=${words.length - 1} && { _pm_ladder; printf '%s\\n' "\${COMPREPLY[@]}"; }`;
  const result = spawnSync("bash", ["-c", script], { env: { ...process.env, PATH: `${binDir}:${process.env.PATH}`, NO_COLOR: "1" }, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.split("\n").filter((line) => line !== "");
}

describe("completion scripts", () => {
  it.each(["bash", "zsh", "fish"])("prints a %s script that names every command", async (shell) => {
    const { stdout, stderr, code } = await runCli(["completion", shell]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const command of ["levels", "show", "compare", "next", "path", "completion"]) expect(stdout).toContain(command);
    // Level names come from the program itself, so custom ladders complete too.
    expect(stdout).toContain("--list-levels");
    expect(stdout).toMatch(/command pm-ladder completion/);
  });

  it.each([
    ["bash", ["-n"]],
    ["zsh", ["-n"]],
    ["fish", ["--no-execute"]],
  ])("the %s script passes the shell's syntax check", async (shell, flags) => {
    const { stdout } = await runCli(["completion", shell]);
    const file = join(binDir, `script.${shell}`);
    writeFileSync(file, stdout);
    const result = spawnSync(shell, [...flags, file], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("rejects an unknown shell and a missing one", async () => {
    const unknown = await runCli(["completion", "powershell"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Allowed choices are bash, zsh, fish");
    const missing = await runCli(["completion"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: name a shell: bash, zsh or fish");
  });
});

describe("the names completion asks for", () => {
  it("lists level ids and aliases of the default ladder, in rank order", async () => {
    const { stdout, code } = await runCli(["completion", "--list-levels"]);
    expect(code).toBe(0);
    const names = stdout.trimEnd().split("\n");
    const levels = JSON.parse((await runCli(["levels", "--json"])).stdout).levels as { id: string; aliases: string[] }[];
    expect(names.filter((name) => levels.some((level) => level.id === name))).toEqual(levels.map((level) => level.id));
    for (const level of levels) for (const alias of level.aliases.filter((alias) => !/\s/.test(alias))) expect(names).toContain(alias);
  });

  it("honours --ladder, leaving out names with spaces", async () => {
    const { stdout } = await runCli(["completion", "--list-levels", "--ladder", PROMOTION]);
    expect(stdout).toBe(["associate", "apm", "senior", "spm", "staff", "principal", "head", "hop", ""].join("\n"));
    const tracks = await runCli(["--ladder", CUSTOM, "completion", "--list-tracks"]);
    expect(tracks.stdout).toBe("craft\nstudio\n");
  });
});

describe("bash completion, for real", () => {
  it("completes subcommands", () => {
    expect(bashComplete(["pm-ladder", "co"])).toEqual(["compare", "completion"]);
    expect(bashComplete(["pm-ladder", ""])).toEqual(expect.arrayContaining(["levels", "show", "compare", "next", "path", "completion", "help"]));
  });

  it("completes level names of the default ladder", () => {
    expect(bashComplete(["pm-ladder", "show", "se"])).toEqual(expect.arrayContaining(["senior"]));
    expect(bashComplete(["pm-ladder", "compare", "senior", "st"])).toEqual(expect.arrayContaining(["staff"]));
    expect(bashComplete(["pm-ladder", "path", "junior", "cp"])).toEqual(expect.arrayContaining(["cpo"]));
  });

  it("completes level names of the ladder given with --ladder, before or after the command", () => {
    expect(bashComplete(["pm-ladder", "compare", "--ladder", CUSTOM, "a"])).toEqual(["apprentice", "app"]);
    expect(bashComplete(["pm-ladder", `--ladder=${PROMOTION}`, "next", "s"])).toEqual(["senior", "spm", "staff"]);
  });

  it("completes options and their values", () => {
    expect(bashComplete(["pm-ladder", "compare", "--la"])).toEqual(["--layout", "--ladder"]);
    expect(bashComplete(["pm-ladder", "compare", "senior", "--layout", ""])).toEqual(["auto", "columns", "stacked"]);
    expect(bashComplete(["pm-ladder", "next", "--format", "t"])).toEqual(["table", "tsv"]);
    expect(bashComplete(["pm-ladder", "--ladder", CUSTOM, "path", "--track", ""])).toEqual(["craft", "studio"]);
    expect(bashComplete(["pm-ladder", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
  });

  it("offers nothing, not an error, for a ladder that does not load", () => {
    expect(bashComplete(["pm-ladder", "show", "--ladder", "/nonexistent.yaml", ""])).toEqual([]);
  });
});

describe("fish completion, for real", () => {
  it("completes commands and level names of the ladder in use", () => {
    const complete = (line: string) => {
      const result = spawnSync("fish", ["--no-config", "-c", `pm-ladder completion fish | source; complete -C'${line}'`], {
        env: { ...process.env, PATH: `${binDir}:${process.env.PATH}` },
        encoding: "utf8",
      });
      return result.stdout.split("\n").filter((entry) => entry !== "").map((entry) => entry.split("\t")[0]);
    };
    expect(complete("pm-ladder co")).toEqual(["compare", "completion"]);
    expect(complete(`pm-ladder compare --ladder ${PROMOTION} s`)).toEqual(["senior", "spm", "staff"]);
  });
});
