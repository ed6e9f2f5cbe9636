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

function shellEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${binDir}:${process.env.PATH}`, NO_COLOR: "1" };
}

function shellWords(words: readonly string[]): string {
  return words.map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(" ");
}

/**
 * Complete the last of the typed `words` with the real bash script, as bash would on Tab. Readline hands the
 * script COMP_WORDS split at COMP_WORDBREAKS too: `--ladder=FILE` arrives as `--ladder`, `=`, `FILE`.
 */
function bashComplete(words: readonly string[]): string[] {
  const compWords = words.flatMap((word) => (word === "" ? [word] : word.split(/([=:]+)/).filter((part) => part !== "")));
  const script = `source <(pm-ladder completion bash) && COMP_WORDS=(${shellWords(compWords)}) && COMP_CWORD=${compWords.length - 1} && { _pm_ladder; printf '%s\\n' "\${COMPREPLY[@]}"; }`;
  const result = spawnSync("bash", ["-c", script], { env: shellEnv(), encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.split("\n").filter((line) => line !== "");
}

/**
 * Complete the last of `words` with the real zsh script. Outside a completion widget compsys's builtins do not run,
 * so compdef, compadd, _describe and _files are stood in for by functions that print what they are offered,
 * kept to those starting with the typed word as compsys would.
 */
function zshComplete(words: readonly string[]): string[] {
  const script = [
    "compdef() { : }",
    'compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; else shift; print -rl -- "$@"; fi }',
    "_describe() { print -rl -- ${${(P)4}%%:*} }",
    "_files() { print -r -- '<files>' }",
    "source <(pm-ladder completion zsh)",
    `words=(${shellWords(words)})`,
    `CURRENT=${words.length}`,
    "_pm_ladder",
  ].join("\n");
  const result = spawnSync("zsh", ["-f", "-c", script], { env: shellEnv(), encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout.split("\n").filter((line) => line !== "" && line.startsWith(words.at(-1)!));
}

/** Complete `line` with the real fish script: the candidates fish offers, descriptions left off. */
function fishComplete(line: string): string[] {
  const result = spawnSync("fish", ["--no-config", "-c", `pm-ladder completion fish | source; complete -C'${line}'`], { env: shellEnv(), encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout.split("\n").filter((entry) => entry !== "").map((entry) => entry.split("\t")[0]!);
}

const SUBCOMMANDS = ["levels", "show", "compare", "next", "path", "completion", "help"];
const CUSTOM_LEVELS = ["apprentice", "app", "designer"];

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
    expect(bashComplete(["pm-ladder", `--ladder=${CUSTOM}`, "compare", ""])).toEqual(expect.arrayContaining(CUSTOM_LEVELS));
    expect(bashComplete(["pm-ladder", "compare", `--ladder=${CUSTOM}`, "designer", ""])).toEqual(expect.arrayContaining(CUSTOM_LEVELS));
  });

  it("completes the value after --option=", () => {
    expect(bashComplete(["pm-ladder", "compare", "--layout="])).toEqual(["auto", "columns", "stacked"]);
    expect(bashComplete(["pm-ladder", "compare", "--layout=st"])).toEqual(["stacked"]);
    expect(bashComplete(["pm-ladder", "--format=t"])).toEqual(["table", "tsv"]);
    expect(bashComplete(["pm-ladder", `--ladder=${CUSTOM.replace(/custom\.yaml$/, "cust")}`])).toEqual([CUSTOM]);
    expect(bashComplete(["pm-ladder", `--ladder=${CUSTOM}`, "path", "--track="])).toEqual(["craft", "studio"]);
    expect(bashComplete(["pm-ladder", "--json="])).toEqual([]);
  });

  it("stops offering levels once a command has all the levels it takes", () => {
    expect(bashComplete(["pm-ladder", "next", "senior", ""])).toEqual([]);
    expect(bashComplete(["pm-ladder", "show", "senior", ""])).toEqual([]);
    expect(bashComplete(["pm-ladder", "path", "junior", "cpo", ""])).toEqual([]);
    expect(bashComplete(["pm-ladder", "path", "junior", "c"])).toEqual(["cpo", "chief-product-officer"]);
    expect(bashComplete(["pm-ladder", "next", "--layout", "stacked", "s"])).toEqual(expect.arrayContaining(["senior"]));
    expect(bashComplete(["pm-ladder", "compare", "senior", "staff", "c"])).toEqual(expect.arrayContaining(["cpo"]));
    expect(bashComplete(["pm-ladder", "completion", "bash", ""])).toEqual([]);
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

describe("zsh completion, for real", () => {
  it("completes subcommands after global options, and levels of the ladder in use", () => {
    expect(zshComplete(["pm-ladder", "-f", "json", ""])).toEqual(expect.arrayContaining(SUBCOMMANDS));
    expect(zshComplete(["pm-ladder", `--ladder=${CUSTOM}`, "compare", ""])).toEqual(expect.arrayContaining(CUSTOM_LEVELS));
  });

  it("stops offering levels once a command has all the levels it takes", () => {
    expect(zshComplete(["pm-ladder", "next", "senior", ""])).toEqual([]);
    expect(zshComplete(["pm-ladder", "show", "senior", ""])).toEqual([]);
    expect(zshComplete(["pm-ladder", "path", "junior", "cpo", ""])).toEqual([]);
    expect(zshComplete(["pm-ladder", "path", "junior", "c"])).toEqual(["cpo", "chief-product-officer"]);
    expect(zshComplete(["pm-ladder", "next", "--layout", "stacked", "s"])).toEqual(expect.arrayContaining(["senior"]));
    expect(zshComplete(["pm-ladder", "compare", "senior", "staff", "c"])).toEqual(expect.arrayContaining(["cpo"]));
  });
});

describe("fish completion, for real", () => {
  it("completes commands and level names of the ladder in use", () => {
    expect(fishComplete("pm-ladder co")).toEqual(["compare", "completion"]);
    expect(fishComplete(`pm-ladder compare --ladder ${PROMOTION} s`)).toEqual(["senior", "spm", "staff"]);
    expect(fishComplete(`pm-ladder --ladder=${CUSTOM} compare `)).toEqual(expect.arrayContaining(CUSTOM_LEVELS));
  });

  it("completes subcommands after a global option that takes a value", () => {
    expect(fishComplete(`pm-ladder -l ${CUSTOM} `)).toEqual(expect.arrayContaining(SUBCOMMANDS));
    expect(fishComplete("pm-ladder -f json ")).toEqual(expect.arrayContaining(SUBCOMMANDS));
    expect(fishComplete("pm-ladder -f json -")).toContain("--version");
  });

  it("stops offering levels once a command has all the levels it takes", () => {
    expect(fishComplete("pm-ladder next senior ")).toEqual([]);
    expect(fishComplete("pm-ladder show senior ")).toEqual([]);
    expect(fishComplete("pm-ladder path junior cpo ")).toEqual([]);
    expect(fishComplete("pm-ladder path junior c").sort()).toEqual(["chief-product-officer", "cpo"]);
    expect(fishComplete("pm-ladder next --layout stacked s")).toEqual(expect.arrayContaining(["senior"]));
    expect(fishComplete("pm-ladder compare senior staff c")).toEqual(expect.arrayContaining(["cpo"]));
  });
});
