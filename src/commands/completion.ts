import type { Argument, Command, Option } from "commander";
import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { ExitCode, UserError } from "../errors";
import { bashCompletion } from "../render/completion/bash";
import { fishCompletion } from "../render/completion/fish";
import type { CommandSpec, CompletionSpec, OptionSpec, ValueKind } from "../render/completion/spec";
import { zshCompletion } from "../render/completion/zsh";

export type Shell = "bash" | "zsh" | "fish";

export interface CompletionOptions {
  /** Print the level ids and aliases of the ladder in use, one a line: what the scripts call back for. */
  readonly listLevels?: boolean;
  /** Print the track ids of the ladder in use. */
  readonly listTracks?: boolean;
}

// Positional arguments with these names take levels; other commands can join by naming theirs so.
const LEVEL_ARGUMENT = /level|^from$|^to$/;

function optionValue(option: Option): ValueKind | undefined {
  if (!option.required && !option.optional) return undefined;
  if (option.argChoices) return { kind: "choices", values: option.argChoices };
  if (option.long === "--track") return { kind: "tracks" };
  if (option.long === "--ladder" || /file/i.test(option.flags)) return { kind: "files" };
  return { kind: "none" };
}

function optionSpecs(command: Command): OptionSpec[] {
  return command.options
    .filter((option) => !option.hidden && option.long !== undefined)
    .map((option) => ({
      short: option.short?.replace(/^-/, ""),
      long: option.long!.replace(/^--/, ""),
      description: option.description,
      value: optionValue(option),
    }));
}

function argumentValue(argument: Argument | undefined): ValueKind {
  if (argument === undefined) return { kind: "none" };
  if (argument.argChoices) return { kind: "choices", values: argument.argChoices };
  if (LEVEL_ARGUMENT.test(argument.name())) return { kind: "levels" };
  if (/file/.test(argument.name())) return { kind: "files" };
  return { kind: "none" };
}

/** The command line of `program` as the completion scripts need it, read from commander's own definitions. */
export function completionSpec(program: Command): CompletionSpec {
  const commands: CommandSpec[] = program.commands.map((command) => ({
    name: command.name(),
    description: command.description(),
    options: optionSpecs(command),
    argument: argumentValue(command.registeredArguments[0]),
    maxArguments: command.registeredArguments.some((argument) => argument.variadic) ? undefined : command.registeredArguments.length,
  }));
  // --help and --version are commander's own; each script adds them where they apply.
  const globalOptions = optionSpecs(program).filter((option) => option.long !== "version");
  return { program: program.name(), globalOptions, commands };
}

async function listNames(options: CompletionOptions, io: CommandIO): Promise<string[]> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  if (options.listTracks) return ladder.tracks.map((track) => track.id);
  // A name with spaces cannot be completed as one word; titles are left out for that reason too.
  return ladder.levels.flatMap((level) => [level.id, ...level.aliases.filter((alias) => !/[\s\u0000-\u001f\u007f]/.test(alias))]);
}

/** `pm-ladder completion bash|zsh|fish`: a completion script; with --list-levels/--list-tracks, the names it completes. */
export async function runCompletion(shell: Shell | undefined, options: CompletionOptions, program: Command, io: CommandIO): Promise<void> {
  if (options.listLevels || options.listTracks) {
    io.out(`${(await listNames(options, io)).join("\n")}\n`);
    return;
  }
  if (shell === undefined) throw new UserError("name a shell: bash, zsh or fish", { exitCode: ExitCode.usage, hint: "source <(pm-ladder completion bash)" });
  const spec = completionSpec(program);
  io.out(shell === "bash" ? bashCompletion(spec) : shell === "zsh" ? zshCompletion(spec) : fishCompletion(spec));
}
