import { chmodSync, mkdirSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../helpers/sandbox";
import { expectNoStack, fixture, installForNobody, runCli, type CliRun, type NobodyInstall } from "../helpers/run-cli";

// Every kind of bad ladder gets one clear, located error, the documented exit
// code, no stack trace, and leaves every file as it was.

const MINIMAL = readFileSync(fixture("ladders/minimal.yaml"), "utf8");
/** Generous: these guard against a hang or an expansion, they do not time anything. */
const HANG_GUARD_MS = 30_000;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});
afterEach(() => sandbox.remove());

/** Run `--ladder FILE levels` in the sandbox and check that it changed nothing there. */
async function levelsWith(ladder: string, options: { input?: string | Buffer; asNobody?: NobodyInstall } = {}): Promise<CliRun> {
  const before = sandbox.snapshot();
  const run = await runCli(["--ladder", ladder, "levels"], { cwd: sandbox.dir, timeoutMs: HANG_GUARD_MS, ...options });
  expect(run.signal).toBeNull();
  expect(sandbox.snapshot()).toEqual(before);
  expectNoStack(run.stderr);
  return run;
}

/** An invalid ladder: exit 1, nothing on stdout, the headline and then exactly these located problems. */
async function expectInvalid(file: string, label: string, problems: readonly string[]): Promise<void> {
  const run = await levelsWith(file);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines[0]).toBe(`error: ${label} is not a valid ladder: ${problems.length} error${problems.length === 1 ? "" : "s"}`);
  expect(lines.slice(1, -1)).toEqual(problems.map((problem) => `  ${label}:${problem}`));
  expect(lines.at(-1)).toMatch(/^hint: /);
}

describe("a ladder file that cannot be read: exit 2", () => {
  it("a missing file", async () => {
    const run = await levelsWith("missing.yaml");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: cannot read missing.yaml: no such file\nhint: check the path; it is relative to the current directory\n");
  });

  it("--debug adds the stack trace to the same message", async () => {
    const run = await runCli(["--debug", "--ladder", "missing.yaml", "levels"], { cwd: sandbox.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: cannot read missing\.yaml: no such file\n/);
    expect(run.stderr).toMatch(/^\s+at /m);
  });

  it("a directory", async () => {
    mkdirSync(`${sandbox.dir}/ladders`);
    const run = await levelsWith("ladders");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: cannot read ladders: it is a directory\nhint: pass the path of a file inside it\n");
  });

  it("a path through a file", async () => {
    sandbox.write("ladder.yaml", MINIMAL);
    const run = await levelsWith("ladder.yaml/more.yaml");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot read ladder.yaml/more.yaml: a part of the path is a file, not a folder");
  });

  // Permissions do not bind root, so as root the CLI runs as `nobody`.
  it("an unreadable file", async () => {
    const path = sandbox.write("secret.yaml", MINIMAL);
    chmodSync(path, 0o000);
    const run = await levelsWith(path, { asNobody: process.getuid?.() === 0 ? installForNobody(sandbox.dir) : undefined });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: cannot read ${path}: permission denied\nhint: check the file's permissions\n`);
  });
});

describe("a ladder file that is not YAML text: exit 1", () => {
  it("an empty file", async () => {
    sandbox.write("empty.yaml", "");
    await expectInvalid("empty.yaml", "empty.yaml", ["1:1  (document)  expected a mapping at the top (schema:, name:, tracks:, …), got an empty document"]);
  });

  it("binary content", async () => {
    sandbox.write("logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = await levelsWith("logo.png");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("error: logo.png is not a text file (it contains NUL bytes)\nhint: pass a YAML ladder file\n");
  });

  it("UTF-16 text, as some Windows editors save it", async () => {
    sandbox.write("utf16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, "utf16le")]));
    const run = await levelsWith("utf16.yaml");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("error: utf16.yaml is UTF-16 text (it starts with a UTF-16 byte-order mark)\nhint: save the ladder file as UTF-8\n");
  });

  it("text that is not UTF-8 (Latin-1)", async () => {
    sandbox.write("latin1.yaml", Buffer.from(MINIMAL.replace("Minimal Ladder", "Caf\u00e9 Ladder"), "latin1"));
    const run = await levelsWith("latin1.yaml");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("error: latin1.yaml is not valid UTF-8 text\n  latin1.yaml:2:10  byte 0xE9 is not UTF-8 (Latin-1 or Windows-1252, perhaps)\nhint: save the ladder file as UTF-8\n");
  });

  it("a file larger than 16 MiB (50 MiB here) is refused without being parsed", async () => {
    sandbox.write("huge.yaml", Buffer.alloc(50 * 1024 * 1024, "a"));
    const run = await levelsWith("huge.yaml");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error: huge.yaml is too large to read: 50 MiB, more than the limit of 16 MiB for ladder files\n");
  });

  it("standard input longer than the limit is cut off, not buffered without end", async () => {
    const run = await levelsWith("-", { input: Buffer.alloc(17 * 1024 * 1024, "#") });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error: <stdin> is too large to read: more than the limit of 16 MiB for ladder files\n");
  });
});

describe("text that loads as it should", () => {
  it("a UTF-8 byte-order mark", async () => {
    sandbox.write("bom.yaml", `\uFEFF${MINIMAL}`);
    const run = await levelsWith("bom.yaml");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^RANK/);
  });

  it("CRLF line endings, with problems still located by line and column", async () => {
    sandbox.write("windows.yaml", MINIMAL.replace(/\n/g, "\r\n"));
    expect((await levelsWith("windows.yaml")).code).toBe(0);
    sandbox.write("windows-broken.yaml", MINIMAL.replace("rank: 2", "rank: two").replace(/\n/g, "\r\n"));
    await expectInvalid("windows-broken.yaml", "windows-broken.yaml", ['28:11  levels[1].rank  expected a number, got the string "two"']);
  });

  it("YAML 1.1 merge keys (<<: *anchor) share expectations between levels", async () => {
    const run = await runCli(["--ladder", fixture("ladders/yaml11-merge.yaml"), "show", "two", "--json"], { cwd: sandbox.dir });
    expect(run.code).toBe(0);
    const scores = JSON.parse(run.stdout).level.expectations.map((entry: { competency: string; score: number }) => [entry.competency, entry.score]);
    expect(scores).toEqual([["a", 1], ["b", 2]]);
  });

  it("extremely long strings (a 1 MB title) load and print", async () => {
    const title = "T".repeat(1_000_000);
    sandbox.write("long.yaml", MINIMAL.replace("title: Junior PM", `title: ${title}`));
    const run = await runCli(["--ladder", "long.yaml", "show", "junior", "--json"], { cwd: sandbox.dir, timeoutMs: HANG_GUARD_MS });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).level.title).toBe(title);
  });

  it("an error quoting a megabyte-long name is cut to a readable line", async () => {
    const id = `x${"y".repeat(1_000_000)}`;
    sandbox.write("long-ref.yaml", MINIMAL.replace("tracks: [ic]", `tracks: [${id}]`));
    const run = await levelsWith("long-ref.yaml");
    expect(run.code).toBe(1);
    const line = run.stderr.split("\n").find((text) => text.includes("unknown track"));
    expect(line).toMatch(/^ {2}long-ref\.yaml:\d+:\d+ {2}levels\[\d\]\.tracks\[0\] {2}unknown track "xy+… \(\d+ more characters\)$/);
    expect(run.stderr.length).toBeLessThan(5_000);
  });

  it("ids and names such as constructor, prototype, toString are plain data", async () => {
    const file = fixture("hostile/javascript-names.yaml");
    const show = await runCli(["--ladder", file, "show", "hasOwnProperty", "--json"]);
    expect(show.code).toBe(0);
    const level = JSON.parse(show.stdout).level;
    expect(level).toMatchObject({ id: "constructor", title: "toString", tracks: ["constructor"], aliases: ["hasOwnProperty", "valueOf"] });
    expect(level.expectations.map((expectation: { competency: string; score: number }) => [expectation.competency, expectation.score])).toEqual([
      ["prototype", 1],
      ["constructor", 2],
    ]);
    expect(level.next.map((next: { id: string }) => next.id)).toEqual(["prototype"]);
    const unknown = await runCli(["--ladder", file, "show", "isPrototypeOf"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error: unknown level "isPrototypeOf"');
    const assess = await runCli(["--ladder", file, "assess", "--answers", "-", "--json"], { input: '{"answers": {"constructor": 3, "prototype": 3}}' });
    expect(assess.code).toBe(0);
    expect(JSON.parse(assess.stdout).placement.id).toBe("prototype");
  });
});

describe("YAML that is broken or hostile: exit 1, located", () => {
  it("malformed YAML (an unclosed quote)", async () => {
    await expectInvalid(fixture("hostile/malformed.yaml"), fixture("hostile/malformed.yaml"), ['5:11  (document)  this quoted value is never closed, so it runs to the end of the file; add the closing quote']);
  });

  it("tabs used for indentation", async () => {
    const tab = "a tab is used for indentation; YAML indents with spaces only, so replace it with spaces";
    await expectInvalid(fixture("hostile/tabs.yaml"), fixture("hostile/tabs.yaml"), [`4:1  (document)  ${tab}`, `5:1  (document)  ${tab}`]);
  });

  it("one tab in the indentation is one error, not the cascade it sets off in the parser", async () => {
    sandbox.write("one-tab.yaml", MINIMAL.replace("    title: Junior PM", "\ttitle: Junior PM"));
    await expectInvalid("one-tab.yaml", "one-tab.yaml", ["18:1  (document)  a tab is used for indentation; YAML indents with spaces only, so replace it with spaces"]);
  });

  it("an alias with no anchor is named, not taken for an alias bomb", async () => {
    sandbox.write("alias.yaml", MINIMAL.replace("name: Minimal Ladder", "name: *nope"));
    await expectInvalid("alias.yaml", "alias.yaml", ["2:7  (document)  unknown alias *nope: an alias repeats a value marked &nope earlier in the file, and none is"]);
  });

  it("a second YAML document in the file", async () => {
    const lines = MINIMAL.trimEnd().split("\n").length;
    sandbox.write("two.yaml", `${MINIMAL.trimEnd()}\n---\nname: Second\n`);
    await expectInvalid("two.yaml", "two.yaml", [`${lines + 1}:1  (document)  a second YAML document starts here (a --- line after content); a file holds one document, so remove the --- or split the file`]);
  });

  // How their cost grows with their number: bench/unknown-keys.mjs.
  it("10,000 unknown keys in one mapping are all reported", async () => {
    sandbox.write("keys.yaml", `${MINIMAL.trimEnd()}\n${Array.from({ length: 10_000 }, (_, index) => `k${index}: 1`).join("\n")}\n`);
    const run = await levelsWith("keys.yaml");
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe("error: keys.yaml is not a valid ladder: 10000 errors");
  });

  it("a list or a single value instead of a mapping", async () => {
    await expectInvalid(fixture("invalid/top-level-list.yaml"), fixture("invalid/top-level-list.yaml"), [
      "1:1  (document)  expected a mapping at the top (schema:, name:, tracks:, …), got a list",
    ]);
    await expectInvalid(fixture("hostile/scalar.yaml"), fixture("hostile/scalar.yaml"), [
      "1:1  (document)  expected a mapping at the top (schema:, name:, tracks:, …), got a single value",
    ]);
  });

  it("wrong types everywhere: every one reported at once", async () => {
    const file = fixture("hostile/wrong-types.yaml");
    await expectInvalid(file, file, [
      "2:7  name  expected a string, got a list",
      '3:15  scale.min  expected a number, got the string "one"',
      '4:23  scoring.threshold  expected a number, got the string "high"',
      '5:9  tracks  expected a list, got the string "ic"',
      "7:9  competencies[0].id  expected a string, got the number 7",
      "8:11  competencies[0].name  expected a string, got true",
      "11:12  levels[0].title  expected a string, got a mapping",
      '12:11  levels[0].rank  expected a number, got the string "first"',
      "13:14  levels[0].summary  expected a string, got an empty value (null)",
      '14:14  levels[0].aliases  expected a list, got the string "apm"',
      "15:19  levels[0].expectations  expected a mapping, got a list",
      '16:12  questions  expected a list, got the string "yes"',
    ]);
  });

  it("duplicate keys and unknown keys, with the nearest valid key", async () => {
    const duplicate = fixture("invalid/duplicate-yaml-key.yaml");
    await expectInvalid(duplicate, duplicate, ['19:5  levels[0].title  duplicate key "title"; a key may appear only once in a mapping']);
    const unknown = fixture("invalid/unknown-top-key.yaml");
    const run = await levelsWith(unknown);
    expect(run.stderr).toContain(`${unknown}:3:1  labels  unknown key "labels" (did you mean "levels"?)`);
  });

  it("cross-reference problems: all of them in one run", async () => {
    const broken = MINIMAL.replace("tracks: [ic]", "tracks: [icc]")
      .replace("sources: [handbook]", "sources: [handbok]")
      .replace("      strategy: 5\n", "      strategy: 9\n")
      .replace("  - id: staff", "  - id: senior");
    sandbox.write("broken.yaml", broken);
    const run = await levelsWith("broken.yaml");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error: broken.yaml is not a valid ladder: 4 errors");
    expect(run.stderr).toContain('broken.yaml:22:15  levels[0].sources[0]  unknown source "handbok" (did you mean "handbook"?)');
    expect(run.stderr).toContain('broken.yaml:33:9  levels[2].id  duplicate id "senior", already used by levels[1]');
    expect(run.stderr).toContain('broken.yaml:36:14  levels[2].tracks[0]  unknown track "icc" (did you mean "ic"?)');
    expect(run.stderr).toContain("broken.yaml:39:17  levels[2].expectations.strategy  score 9 is outside the scale 1..5");
  });

  it("__proto__ as a key is refused wherever it appears, never merged into an object", async () => {
    const file = fixture("hostile/reserved-keys.yaml");
    await expectInvalid(file, file, [
      '3:1  __proto__  "__proto__" cannot be a key: the name is reserved; rename or remove it',
      '17:7  levels[0].expectations.__proto__  "__proto__" cannot be a key: the name is reserved; rename or remove it',
    ]);
  });

  it("an alias used as a key cannot spell __proto__ either", async () => {
    const lines = MINIMAL.trimEnd().split("\n").length;
    sandbox.write("alias-key.yaml", `${MINIMAL.trimEnd()}\ndescription: &reserved __proto__\n*reserved : { polluted: true }\n`);
    await expectInvalid("alias-key.yaml", "alias-key.yaml", [`${lines + 2}:1  __proto__  "__proto__" cannot be a key: the name is reserved; rename or remove it`]);
  });

  it("a list or mapping as a key is refused before yaml stringifies it (nested, that takes exponential time)", async () => {
    const lines = MINIMAL.trimEnd().split("\n").length;
    sandbox.write("complex-key.yaml", `${MINIMAL.trimEnd()}\n? [a, b]\n: 1\n${"? ".repeat(400)}a\n`);
    await expectInvalid("complex-key.yaml", "complex-key.yaml", [
      `${lines + 1}:3  (document)  a key must be a name or a number, not a list or mapping`,
      `${lines + 3}:3  (document)  a key must be a name or a number, not a list or mapping`,
    ]);
  });

  it("a YAML 1.1 merge key given a number is located, not a crash", async () => {
    const lines = MINIMAL.trimEnd().split("\n").length;
    sandbox.write("merge.yaml", `%YAML 1.1\n---\n${MINIMAL.trimEnd()}\n<<: 1\n`);
    await expectInvalid("merge.yaml", "merge.yaml", [`${lines + 3}:1  (document)  a merge key (<<) must be given a mapping, an alias of one, or a list of those`]);
  });

  it("an alias bomb is refused without being expanded", async () => {
    const file = fixture("hostile/alias-bomb.yaml");
    await expectInvalid(file, file, ["4:8  (document)  aliases expand more than 1000 times; the file looks like an alias bomb and was not expanded"]);
  });

  it("deep nesting, in flow and in block style", async () => {
    const tooDeep = "lists and mappings are nested too deeply to read (hundreds of levels); ladders and answers files need at most six";
    sandbox.write("flow.yaml", `schema: pm-ladder/v1\nlevels: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    const flow = await levelsWith("flow.yaml");
    expect(flow.code).toBe(1);
    expect(flow.stderr).toMatch(new RegExp(`\\n  flow\\.yaml:2:\\d+  \\(document\\)  ${tooDeep.replace(/[()]/g, "\\$&")}\\n`));
    sandbox.write("block.yaml", `levels:\n${Array.from({ length: 5_000 }, (_, depth) => `${" ".repeat(depth)}- `).join("\n")}\n`);
    const block = await levelsWith("block.yaml");
    expect(block.code).toBe(1);
    expect(block.stderr).toContain(tooDeep);
  });
});
