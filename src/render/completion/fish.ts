import { functionName, valueFlags, type CompletionSpec, type OptionSpec, type ValueKind } from "./spec";
import { shellQuote } from "../shell";

function values(value: ValueKind, fn: string): string {
  switch (value.kind) {
    case "files":
      return "-r -F";
    case "levels":
      return `-x -a '(${fn}_list --list-levels)'`;
    case "tracks":
      return `-x -a '(${fn}_list --list-tracks)'`;
    case "choices":
      return `-x -a ${shellQuote(value.values.join(" "))}`;
    case "none":
      return "-x";
  }
}

function optionLine(program: string, option: OptionSpec, fn: string, condition?: string): string {
  const parts = [`complete -c ${program}`];
  if (condition) parts.push(`-n ${shellQuote(condition)}`);
  if (option.short) parts.push(`-s ${option.short}`);
  parts.push(`-l ${option.long}`);
  if (option.value) parts.push(values(option.value, fn));
  parts.push(`-d ${shellQuote(option.description)}`);
  return parts.join(" ");
}

/** A fish completion script: subcommands and options with descriptions, levels asked of the program. */
export function fishCompletion(spec: CompletionSpec): string {
  const fn = functionName(spec.program);
  const { program } = spec;
  const lines = [
    `# fish completion for ${program}. Load it with:  ${program} completion fish | source`,
    `# or save it:  ${program} completion fish > ~/.config/fish/completions/${program}.fish`,
    "",
    `# Level ids and aliases (--list-levels) or track ids (--list-tracks) of the ladder in use, asked of ${program}.`,
    `function ${fn}_list`,
    "    set -l tokens (commandline -opc)",
    "    set -l ladder",
    "    for i in (seq 2 (count $tokens))",
    "        switch $tokens[$i]",
    "            case -l --ladder",
    "                set -l next (math $i + 1)",
    "                if test $next -le (count $tokens)",
    "                    set ladder --ladder (string replace -r '^~' $HOME -- $tokens[$next])",
    "                end",
    "            case '--ladder=*'",
    "                set ladder --ladder (string replace -- --ladder= '' $tokens[$i])",
    "        end",
    "    end",
    `    command ${program} completion $argv[1] $ladder 2>/dev/null`,
    "end",
    "",
    // __fish_use_subcommand would take the value of `--ladder FILE` or `--format json` for the subcommand.
    "# The subcommand on the command line so far, then its positional arguments: option values left out.",
    `function ${fn}_positionals`,
    "    set -l tokens (commandline -opc)",
    "    set -e tokens[1]",
    "    while set -q tokens[1]",
    "        switch $tokens[1]",
    `            case ${valueFlags(spec).join(" ")}`,
    "                set -e tokens[1]",
    "            case '-*'",
    "            case '*'",
    "                echo $tokens[1]",
    "        end",
    "        set -e tokens[1]",
    "    end",
    "end",
    "",
    `function ${fn}_needs_command`,
    `    set -l positionals (${fn}_positionals)`,
    "    not set -q positionals[1]",
    "end",
    "",
    "# Whether the subcommand is $argv[1] and has room for another positional argument: fewer than $argv[2], if given.",
    `function ${fn}_wants_argument`,
    `    set -l positionals (${fn}_positionals)`,
    '    test "$positionals[1]" = $argv[1]; or return 1',
    "    not set -q argv[2]; or test (math (count $positionals) - 1) -lt $argv[2]",
    "end",
    "",
    `complete -c ${program} -f`,
    ...spec.commands.map((command) => `complete -c ${program} -n ${fn}_needs_command -a ${command.name} -d ${shellQuote(command.description)}`),
    `complete -c ${program} -n ${fn}_needs_command -a help -d 'show help for a command'`,
    `complete -c ${program} -n '__fish_seen_subcommand_from help' -a ${shellQuote(spec.commands.map((command) => command.name).join(" "))}`,
    ...spec.globalOptions.map((option) => optionLine(program, option, fn)),
    `complete -c ${program} -s h -l help -d 'show help'`,
    `complete -c ${program} -n ${fn}_needs_command -s V -l version -d 'print the version'`,
  ];
  for (const command of spec.commands) {
    const condition = `__fish_seen_subcommand_from ${command.name}`;
    lines.push(...command.options.map((option) => optionLine(program, option, fn, condition)));
    const argument = command.argument;
    const wantsArgument = shellQuote([`${fn}_wants_argument`, command.name, ...(command.maxArguments === undefined ? [] : [command.maxArguments])].join(" "));
    if (argument.kind === "files") lines.push(`complete -c ${program} -n ${wantsArgument} -F`);
    else if (argument.kind !== "none") lines.push(`complete -c ${program} -n ${wantsArgument} ${values(argument, fn).replace(/^-x /, "")}`);
  }
  return `${lines.join("\n")}\n`;
}
