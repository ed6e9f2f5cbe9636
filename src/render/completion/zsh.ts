import { argumentCase, flagsOf, functionName, valueCases, valueFlagsToSkip, type CompletionSpec, type OptionSpec, type ValueKind } from "./spec";
import { shellQuote } from "../shell";

function complete(value: ValueKind, fn: string): string {
  switch (value.kind) {
    case "files":
      return "_files";
    case "levels":
      return `${fn}_list --list-levels`;
    case "tracks":
      return `${fn}_list --list-tracks`;
    case "choices":
      return `compadd -- ${value.values.map(shellQuote).join(" ")}`;
    case "none":
      return ":";
  }
}

/** `'--ladder:use this ladder file…'` entries for _describe (colons in names escaped). */
function described(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([name, description]) => shellQuote(`${name.replace(/:/g, "\\:")}:${description}`)).join(" ");
}

function optionEntries(options: readonly OptionSpec[]): [string, string][] {
  return options.flatMap((option) => flagsOf([option]).map((flag): [string, string] => [flag, option.description]));
}

/** A zsh completion script (native compsys): subcommands and options with descriptions, levels asked of the program. */
export function zshCompletion(spec: CompletionSpec): string {
  const fn = functionName(spec.program);
  const skipFlags = valueFlagsToSkip(spec);
  const completeValue = (value: ValueKind) => complete(value, fn);
  const help: [string, string][] = [["--help", "show help"]];
  const globalEntries = [...optionEntries(spec.globalOptions), ...help];
  return `#compdef ${spec.program}
# zsh completion for ${spec.program}. Load it with:  source <(${spec.program} completion zsh)
# or save it as _${spec.program} in a folder of your $fpath.

# Level ids and aliases (--list-levels) or track ids (--list-tracks) of the ladder in use, asked of ${spec.program}.
${fn}_list() {
  local -a found
  found=(\${(f)"$(command ${spec.program} completion $1 $ladder_option 2>/dev/null)"})
  compadd -a found
}

${fn}() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}" sub="" word
  local -a ladder_option
  local -i i args=0
  for (( i = 2; i < CURRENT; i++ )); do
    word="\${words[i]}"
    case "$word" in
      -l|--ladder) ladder_option=(--ladder "\${words[i+1]/#\\~/$HOME}"); (( i++ )) ;;
      --ladder=*) ladder_option=(--ladder "\${word#--ladder=}") ;;${skipFlags.length > 0 ? `\n      ${skipFlags.join("|")}) (( i++ )) ;;` : ""}
      -*) ;;
      *) if [[ -z "$sub" ]]; then sub="$word"; else (( args++ )); fi ;;
    esac
  done

  case "$sub:$prev" in
${[...valueCases("*", spec.globalOptions, completeValue), ...spec.commands.flatMap((command) => valueCases(command.name, command.options, completeValue))].join("\n")}
  esac

  local -a entries
  if [[ "$cur" == -* ]]; then
    case "$sub" in
${spec.commands.map((command) => `      ${command.name}) entries=(${described([...optionEntries(command.options), ...globalEntries])}) ;;`).join("\n")}
      *) entries=(${described([...globalEntries, ["--version", "print the version"]])}) ;;
    esac
    _describe -t options option entries
    return
  fi

  case "$sub" in
    "") entries=(${described([...spec.commands.map((command): [string, string] => [command.name, command.description]), ["help", "show help for a command"]])})
      _describe -t commands command entries ;;
    help) compadd -- ${spec.commands.map((command) => command.name).join(" ")} ;;
${spec.commands.map((command) => argumentCase(command, completeValue)).join("\n")}
  esac
}

# Autoloaded from $fpath the file is the body of _${spec.program}; sourced, it registers the function.
if [[ "\${funcstack[1]}" == _${spec.program} ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${spec.program}
fi
`;
}
