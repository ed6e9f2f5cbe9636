import { Readable } from "node:stream";
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import type { CliContext } from "../../../src/cli/context";
import { buildProgram } from "../../../src/main";
import { plainTheme } from "../../../src/render/theme";

/** What a command receives from the command line: its name, its arguments, its own options and the global ones. */
interface Received {
  readonly command: string;
  readonly args: readonly unknown[];
  readonly options: Record<string, unknown>;
  readonly global: Record<string, unknown>;
}

function quietContext(): CliContext {
  const discard = { write: () => true };
  return {
    stdout: discard,
    stderr: discard as unknown as NodeJS.WritableStream,
    stdin: Readable.from([]),
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
  };
}

/** Parse `args` with the real program, in process; the command is not run, only what it would receive is kept. */
async function parse(args: readonly string[]): Promise<Received> {
  let received: Received | undefined;
  const program = buildProgram(quietContext(), plainTheme, async (command) => {
    const own = command.opts();
    const global = Object.fromEntries(Object.entries(command.optsWithGlobals()).filter(([key]) => !(key in own)));
    received = { command: command.name(), args: command.processedArgs, options: own, global };
  });
  await program.parseAsync([...args], { from: "user" });
  if (received === undefined) throw new Error(`no command ran for ${args.join(" ")}`);
  return received;
}

/** The commander error code `args` are refused with. */
async function refusal(args: readonly string[]): Promise<string> {
  const error = await parse(args).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof CommanderError)) throw new Error(`expected a usage error for ${args.join(" ")}, got ${String(error)}`);
  return error.code;
}

const defaults = { color: true };
const compareDefaults = { sort: "change", layout: "auto" };

const accepted: [args: string, received: Received][] = [
  ["levels", { command: "levels", args: [], options: {}, global: defaults }],
  ["levels -t ic", { command: "levels", args: [], options: { track: "ic" }, global: defaults }],
  ["--format tsv levels --track management", { command: "levels", args: [], options: { track: "management" }, global: { ...defaults, format: "tsv" } }],
  ["levels --format tsv", { command: "levels", args: [], options: {}, global: { ...defaults, format: "tsv" } }],
  ["show senior", { command: "show", args: ["senior"], options: {}, global: defaults }],
  ["-l my.yaml show spm --json", { command: "show", args: ["spm"], options: {}, global: { ...defaults, ladder: "my.yaml", json: true } }],
  ["validate", { command: "validate", args: [undefined], options: {}, global: defaults }],
  ["validate - --strict", { command: "validate", args: ["-"], options: { strict: true }, global: defaults }],
  ["assess", { command: "assess", args: [], options: {}, global: defaults }],
  ["assess -a me.yaml -s me.yaml -q -t ic", { command: "assess", args: [], options: { answers: "me.yaml", save: "me.yaml", quick: true, track: "ic" }, global: defaults }],
  ["assess --batch team.jsonl --summary", { command: "assess", args: [], options: { batch: "team.jsonl", summary: true }, global: defaults }],
  ["--ladder - assess --answers -", { command: "assess", args: [], options: { answers: "-" }, global: { ...defaults, ladder: "-" } }],
  ["schema --no-color --debug", { command: "schema", args: [], options: {}, global: { color: false, debug: true } }],
  ["compare senior staff", { command: "compare", args: [["senior", "staff"]], options: compareDefaults, global: defaults }],
  ["compare a b c --sort ladder --layout stacked", { command: "compare", args: [["a", "b", "c"]], options: { sort: "ladder", layout: "stacked" }, global: defaults }],
  ["next senior --layout columns", { command: "next", args: ["senior"], options: { ...compareDefaults, layout: "columns" }, global: defaults }],
  ["path junior cpo", { command: "path", args: ["junior", "cpo"], options: { sort: "change" }, global: defaults }],
  ["path pm staff -t ic --sort ladder", { command: "path", args: ["pm", "staff"], options: { sort: "ladder", track: "ic" }, global: defaults }],
  ["completion zsh", { command: "completion", args: ["zsh"], options: {}, global: defaults }],
  ["completion --list-levels", { command: "completion", args: [undefined], options: { listLevels: true }, global: defaults }],
  ["--ladder x.yaml completion --list-tracks", { command: "completion", args: [undefined], options: { listTracks: true }, global: { ...defaults, ladder: "x.yaml" } }],
];

const refused: [args: string, code: string][] = [
  ["nope", "commander.unknownCommand"],
  ["levels --nope", "commander.unknownOption"],
  ["show", "commander.missingArgument"],
  ["compare", "commander.missingArgument"],
  ["levels --format pdf", "commander.invalidArgument"],
  ["compare a b --sort size", "commander.invalidArgument"],
  ["next a --layout wide", "commander.invalidArgument"],
  ["completion tcsh", "commander.invalidArgument"],
  ["levels --track", "commander.optionMissingArgument"],
  ["assess --batch t.jsonl --answers me.yaml", "commander.conflictingOption"],
  ["assess --batch t.jsonl --save me.yaml", "commander.conflictingOption"],
  ["assess --batch t.jsonl --quick", "commander.conflictingOption"],
];

describe("the command line, parsed in process", () => {
  it.each(accepted)("pm-ladder %s", async (args, received) => {
    expect(await parse(args.split(" "))).toEqual(received);
  });

  it.each(refused)("pm-ladder %s is refused: %s", async (args, code) => {
    expect(await refusal(args.split(" "))).toBe(code);
  });
});
