import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT, fixture } from "../helpers/run-cli";
import { TmuxSession } from "../helpers/tmux";

// assess-small.yaml asks, in order: a-choice (3 options), a-rating (scale 1..5), b-choice (2 options),
// direction and direction-again (option 1 ic, 2 management).
const LADDER = fixture("ladders/assess-small.yaml");

const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
let dir: string;
let session: TmuxSession | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pm-ladder-tty-"));
});
afterEach(() => {
  session?.kill();
  session = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Run the built CLI in a pseudo-terminal; `[exit N]` appears on screen when it ends.
 * The shell then sleeps so the pane stays alive: tmux reports a dead pane's cursor as hidden.
 */
function start(args: string, redirect = ""): TmuxSession {
  session = TmuxSession.start(`cd ${quote(ROOT)} && env NO_COLOR=1 node ${quote(BIN)} assess --ladder ${quote(LADDER)} ${args}${redirect}; echo "[exit $?]"; sleep 600`);
  return session;
}

/** Wait for a question, then move down `downs` choices and press Enter. */
async function choose(tty: TmuxSession, progress: string, downs: number): Promise<void> {
  await tty.waitFor(progress);
  for (let index = 0; index < downs; index += 1) tty.keys("Down");
  tty.keys("Enter");
  await tty.waitFor((screen: string) => !screen.includes(progress));
}

function savedAnswers(path: string): string {
  return readFileSync(path, "utf8");
}

describe("assess in a terminal", () => {
  it("answers every question with the keyboard and reaches the result screen", async () => {
    const saved = join(dir, "me.yaml");
    const tty = start(`--save ${quote(saved)}`);
    const intro = await tty.waitFor("Alpha · 1 of 5");
    expect(intro).toContain('Self-assessment on "Tiny": 5 questions');
    expect(intro).toContain("--quick asks 3");
    expect(intro).toContain("Nothing leaves this machine");
    expect(intro).toContain("Alpha?");
    expect(intro).toContain("1. Low");
    expect(intro).toContain("Skip (leave unanswered)");
    expect(intro).not.toContain("← Back"); // nothing to go back to on the first question

    await choose(tty, "Alpha · 1 of 5", 1); // Middle: 3
    const rating = await tty.waitFor("Alpha · 2 of 5");
    expect(rating).toContain("4 Advanced");
    expect(rating).toContain("← Back to the previous question");
    await choose(tty, "Alpha · 2 of 5", 3); // 4
    await choose(tty, "Beta · 3 of 5", 1); // Lots: 4
    await choose(tty, "Your direction · 4 of 5", 1); // management
    await choose(tty, "Your direction · 5 of 5", 1); // management

    const result = await tty.waitFor("[exit 0]");
    expect(result).toContain("Placed on Management: the track your answers favour.");
    expect(result).toMatch(/Management \(management\)\s+Mid \(mid, rank 2\)\s+◀ placed, favoured/);
    expect(result).toContain("Largest gaps to the next rung");
    expect(result).toContain("1. Beta: 4, Lead expects 5 (short by 1)");
    expect(result).not.toContain("of 5"); // the prompts were erased
    expect(savedAnswers(saved)).toContain("answers:\n  a-choice: 2\n  a-rating: 4\n  b-choice: 2\n  direction: 2\n  direction-again: 2\n");
  });

  it("skips and goes back", async () => {
    const saved = join(dir, "me.yaml");
    const tty = start(`--save ${quote(saved)}`);
    await choose(tty, "Alpha · 1 of 5", 3); // Skip (three options, then Skip)
    await tty.waitFor("Alpha · 2 of 5");
    await choose(tty, "Alpha · 2 of 5", 6); // Back (five scores, Skip, Back)
    const again = await tty.waitFor("Alpha · 1 of 5");
    expect(again).toContain("Alpha?");
    await choose(tty, "Alpha · 1 of 5", 2); // High: 5
    for (const progress of ["Alpha · 2 of 5", "Beta · 3 of 5"]) await choose(tty, progress, progress.startsWith("Alpha") ? 5 : 2); // Skip
    await choose(tty, "Your direction · 4 of 5", 2); // Skip
    await choose(tty, "Your direction · 5 of 5", 2); // Skip

    const result = await tty.waitFor("[exit 0]");
    expect(result).toMatch(/Not assessed \(counted as 1 Learning\)\s+Beta/);
    expect(savedAnswers(saved)).toContain("answers:\n  a-choice: 3\nratings: {}\n");
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("%s from outside while a prompt is up: the prompt erased, the cursor back, exit %i, the answers kept", async (signal, code) => {
    const saved = join(dir, "me.yaml");
    const tty = start(`--save ${quote(saved)}`);
    await choose(tty, "Alpha · 1 of 5", 2); // High: 5
    await tty.waitFor("Alpha · 2 of 5");
    expect(tty.cursorVisible()).toBe(false);
    tty.signalCommand(signal);
    const screen = await tty.waitFor(`[exit ${code}]`);
    expect(screen).not.toContain("Alpha · 2 of 5");
    expect(screen).not.toMatch(/error|^\s+at /m);
    expect(tty.cursorVisible()).toBe(true);
    expect(savedAnswers(saved)).toContain("answers:\n  a-choice: 3\n");
  });

  it("Ctrl-C mid-way exits 130 with a clean terminal and leaves the saved answers; resuming asks only the rest", async () => {
    const saved = join(dir, "me.yaml");
    const tty = start(`--save ${quote(saved)}`);
    await choose(tty, "Alpha · 1 of 5", 0); // Low: 1
    await choose(tty, "Alpha · 2 of 5", 4); // 5
    await tty.waitFor("Beta · 3 of 5");
    tty.keys("C-c");
    const screen = await tty.waitFor("[exit 130]");
    expect(screen.replace(/\n/g, "")).toContain(`stopped; the answers given so far are in ${saved} (resume with: pm-ladder --ladder ${LADDER} assess --answers ${saved} --save ${saved})`);
    expect(screen).not.toContain("Beta · 3 of 5");
    expect(screen).not.toMatch(/^\s+at /m);
    expect(tty.cursorVisible()).toBe(true);
    expect(savedAnswers(saved)).toContain("answers:\n  a-choice: 1\n  a-rating: 5\n");
    tty.kill();

    const json = join(dir, "result.json");
    const resumed = start(`--answers ${quote(saved)} --save ${quote(saved)} --format json`, ` > ${quote(json)}`);
    const intro = await resumed.waitFor("Beta · 1 of 3");
    expect(intro).toContain("Resuming: 2 answered already, 3 to go.");
    await choose(resumed, "Beta · 1 of 3", 0); // Some: 2
    await choose(resumed, "Your direction · 2 of 3", 0); // ic
    await choose(resumed, "Your direction · 3 of 3", 0); // ic
    await resumed.waitFor("[exit 0]");
    // The questionnaire went to the terminal; the file holds only the JSON result.
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(result.favouredTrack).toBe("ic");
    expect(result.competencies.map((competency: { score: number }) => competency.score)).toEqual([3, 2]);
    expect(savedAnswers(saved)).toContain("answers:\n  a-choice: 1\n  a-rating: 5\n  b-choice: 1\n  direction: 1\n  direction-again: 1\n");
  });

  it("the resume command printed on Ctrl-C, with --ladder, --quick and paths with spaces, works when pasted", async () => {
    const ladder = join(dir, "my ladder.yaml");
    writeFileSync(ladder, readFileSync(LADDER));
    const saved = join(dir, "my answers.yaml");
    const command = `pm-ladder --ladder ${quote(ladder)} assess --answers ${quote(saved)} --save ${quote(saved)} --quick`;
    // Wide enough that the stop line (the save path, then the command) is not wrapped, however
    // long the temp folder's path, so the command reads back as printed.
    const width = Math.max(300, 2 * command.length + 100);
    const run = (args: string) => TmuxSession.start(`cd ${quote(ROOT)} && env NO_COLOR=1 node ${quote(BIN)} ${args}; echo "[exit $?]"; sleep 600`, { width });
    session = run(`assess --ladder ${quote(ladder)} --save ${quote(saved)} --quick`);
    const intro = await session.waitFor("Alpha · 1 of 3");
    expect(intro).toContain(`To resume later:\n  ${command}\n`);
    await choose(session, "Alpha · 1 of 3", 2); // High: 5
    await session.waitFor("Beta · 2 of 3");
    session.keys("C-c");
    const screen = await session.waitFor("[exit 130]");
    const printed = /\(resume with: (.*)\)\n/.exec(screen)?.[1];
    expect(printed).toBe(command);
    session.kill();

    session = run(printed!.replace(/^pm-ladder /, ""));
    const resumed = await session.waitFor("Beta · 1 of 2");
    expect(resumed).toContain("Resuming: 1 answered already, 2 to go.");
  });

  it.each([
    ["Ctrl-C", 130],
    ["SIGTERM", 143],
  ] as const)("%s without --save prints the answers given, in the answers-file format, so none is lost", async (how, code) => {
    const tty = start("--quick");
    await choose(tty, "Alpha · 1 of 3", 2); // High: 3
    await choose(tty, "Beta · 2 of 3", 0); // Some: 1
    await tty.waitFor("Your direction · 3 of 3");
    if (how === "Ctrl-C") tty.keys("C-c");
    else tty.signalCommand("SIGTERM");
    const screen = await tty.waitFor(`[exit ${code}]`);
    expect(screen).toContain("stopped; the answers were not kept (no --save); here they are:\n\n  # pm-ladder self-assessment answers");
    expect(screen).toContain("  schema: pm-ladder/answers-v1\n  answers:\n    a-choice: 3\n    b-choice: 1\n  ratings: {}\n");
    const squeezed = (text: string) => text.replace(/\s/g, ""); // the hint is longer than the terminal is wide
    expect(squeezed(screen)).toContain(squeezed(`hint: copy them into a file and resume with: pm-ladder --ladder ${LADDER} assess --answers FILE --save FILE --quick[exit ${code}]`));
  });

  it("Ctrl-C without --save before any answer says so in one line", async () => {
    const tty = start("");
    await tty.waitFor("Alpha · 1 of 5");
    tty.keys("C-c");
    const screen = await tty.waitFor("[exit 130]");
    expect(screen).toContain("stopped before any answer (pass --save FILE to keep the answers next time)\n[exit 130]");
  });

  it("--quick asks one question per competency and one about direction", async () => {
    const tty = start("--quick");
    const intro = await tty.waitFor("Alpha · 1 of 3");
    expect(intro).toContain("a quick pass: 3 questions");
    await choose(tty, "Alpha · 1 of 3", 2);
    await choose(tty, "Beta · 2 of 3", 1);
    await choose(tty, "Your direction · 3 of 3", 0);
    const result = await tty.waitFor("[exit 0]");
    expect(result).toMatch(/Individual contributor \(ic\)\s+Staff \(staff, rank 3\)\s+◀ placed, favoured/);
    expect(result).toContain("You are at the top of the Individual contributor track");
  });

  it("a line break or tab in a competency name or option keeps the progress line and each choice on one line", async () => {
    const ladder = join(dir, "breaks.yaml");
    writeFileSync(
      ladder,
      'schema: pm-ladder/v1\nname: Breaks\ntracks: [{ id: t, name: T }]\ncompetencies: [{ id: x, name: "Al\\npha" }]\n' +
        'levels: [{ id: l, title: L, rank: 1, summary: L., expectations: { x: 3 } }]\n' +
        'questions: [{ id: q, competency: x, text: Which?, options: [{ text: "Low\\tone", score: 1 }, { text: High, score: 5 }] }]\n',
    );
    session = TmuxSession.start(`cd ${quote(ROOT)} && env NO_COLOR=1 node ${quote(BIN)} assess --ladder ${quote(ladder)}; echo "[exit $?]"; sleep 600`);
    const screen = await session.waitFor("Al pha · 1 of 1");
    expect(screen).toContain("1. Low one");
    expect(screen).not.toMatch(/^pha/m);
  });

  it("typing a number on a scale from 0 picks the choice shown with that number", async () => {
    const ladder = join(dir, "zero.yaml");
    writeFileSync(
      ladder,
      "schema: pm-ladder/v1\nname: Zero\nscale: { min: 0, max: 3, labels: { 0: None, 3: Expert } }\ntracks: [{ id: t, name: T }]\n" +
        "competencies: [{ id: a, name: A }, { id: b, name: B }]\nlevels: [{ id: l, title: L, rank: 1, summary: L., expectations: { a: 1, b: 1 } }]\n",
    );
    const saved = join(dir, "me.yaml");
    session = TmuxSession.start(`cd ${quote(ROOT)} && env NO_COLOR=1 node ${quote(BIN)} assess --ladder ${quote(ladder)} --save ${quote(saved)}; echo "[exit $?]"; sleep 600`);
    const screen = await session.waitFor("A · 1 of 2");
    expect(screen).toMatch(/1\. None \(score 0\)\n\s+2\. score 1\n\s+3\. score 2\n\s+4\. Expert \(score 3\)\n/);
    session.keys("1");
    await session.waitFor(/❯ 1\. None/);
    session.keys("Enter");
    await session.waitFor("B · 2 of 2");
    session.keys("4");
    await session.waitFor(/❯ 4\. Expert/);
    session.keys("Enter");
    await session.waitFor("[exit 0]");
    expect(savedAnswers(saved)).toContain("ratings:\n  a: 0\n  b: 3\n");
  });

  it("a ladder without questions asks a rating per competency", async () => {
    const ladder = join(dir, "bare.yaml");
    writeFileSync(
      ladder,
      "schema: pm-ladder/v1\nname: Bare\ntracks: [{ id: t, name: T }]\ncompetencies: [{ id: x, name: Xeno }]\nlevels: [{ id: l, title: L, rank: 1, summary: L., expectations: { x: 3 } }]\n",
    );
    session = TmuxSession.start(`cd ${quote(ROOT)} && env NO_COLOR=1 node ${quote(BIN)} assess --ladder ${quote(ladder)}; echo "[exit $?]"`);
    const screen = await session.waitFor("Xeno · 1 of 1");
    expect(screen).toContain("How would you rate yourself on Xeno?");
    expect(screen).toContain("3 Proficient");
    await choose(session, "Xeno · 1 of 1", 2);
    expect(await session.waitFor("[exit 0]")).toMatch(/T \(t\)\s+L \(l, rank 1\)/);
  });
});

describe("assess in a terminal when --save starts failing", () => {
  it("ends with the write error and shows every answer given, so none is lost", async () => {
    const folder = join(dir, "answers");
    mkdirSync(folder);
    const tty = start(`--save ${quote(join(folder, "me.yaml"))}`);
    await choose(tty, "Alpha · 1 of 5", 2); // High: 5
    // The next question shows once the first answer is saved (the answered one is redrawn before).
    await tty.waitFor("Alpha · 2 of 5");
    rmSync(folder, { recursive: true }); // the next save has nowhere to go
    await choose(tty, "Alpha · 2 of 5", 0); // rating 1
    const screen = await tty.waitFor("[exit 2]");
    expect(screen).toContain(`error: cannot write ${join(folder, "me.yaml")}: its folder does not exist\n  The answers given so far were not saved; here they are:\n`);
    expect(screen).toMatch(/ {2}answers:\n {4}a-choice: 3\n {4}a-rating: 1\n/);
    expect(screen).toContain("hint: copy them into a file and resume with --answers FILE");
    expect(screen).not.toMatch(/^\s+at /m);
  });
});
