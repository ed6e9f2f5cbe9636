import { flagsOf, functionName, valueCases, valueFlagsToSkip, type CompletionSpec, type ValueKind } from "./spec";

function complete(value: ValueKind, fn: string): string {
  switch (value.kind) {
    case "files":
      return `compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))`;
    case "levels":
      return `${fn}_list --list-levels`;
    case "tracks":
      return `${fn}_list --list-tracks`;
    case "choices":
      return `COMPREPLY=($(compgen -W "${value.values.join(" ")}" -- "$cur"))`;
    case "none":
      return "COMPREPLY=()";
  }
}


/** A bash completion script: subcommands, options, option values, and levels/tracks asked of the program itself. */
export function bashCompletion(spec: CompletionSpec): string {
  const fn = functionName(spec.program);
  const skipFlags = valueFlagsToSkip(spec);
  const completeValue = (value: ValueKind) => complete(value, fn);
  const globalFlags = [...flagsOf(spec.globalOptions), "--help", "--version"];
  return `# bash completion for ${spec.program}. Load it with:  source <(${spec.program} completion bash)
# or save it:  ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}

# Level ids and aliases (--list-levels) or track ids (--list-tracks) of the ladder in use, asked of ${spec.program}.
${fn}_list() {
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$(command ${spec.program} completion "$1" "\${${fn}_ladder[@]}" 2>/dev/null)" -- "$cur"))
}

${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" sub="" word i
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  ${fn}_ladder=()
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
      -l|--ladder) ${fn}_ladder=(--ladder "\${COMP_WORDS[i+1]/#\\~/$HOME}"); (( i++ )) ;;
      --ladder=*) ${fn}_ladder=(--ladder "\${word#--ladder=}") ;;${skipFlags.length > 0 ? `\n      ${skipFlags.join("|")}) (( i++ )) ;;` : ""}
      -*) ;;
      *) [[ -z "$sub" ]] && sub="$word" ;;
    esac
  done

  case "$sub:$prev" in
${[...valueCases("*", spec.globalOptions, completeValue), ...spec.commands.flatMap((command) => valueCases(command.name, command.options, completeValue))].join("\n")}
  esac

  if [[ "$cur" == -* ]]; then
    case "$sub" in
${spec.commands.map((command) => `      ${command.name}) COMPREPLY=($(compgen -W "${[...flagsOf(command.options), ...globalFlags.filter((flag) => flag !== "--version")].join(" ")}" -- "$cur")) ;;`).join("\n")}
      *) COMPREPLY=($(compgen -W "${globalFlags.join(" ")}" -- "$cur")) ;;
    esac
    return
  fi

  case "$sub" in
    "") COMPREPLY=($(compgen -W "${[...spec.commands.map((command) => command.name), "help"].join(" ")}" -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W "${spec.commands.map((command) => command.name).join(" ")}" -- "$cur")) ;;
${spec.commands.map((command) => `    ${command.name}) ${complete(command.argument, fn)} ;;`).join("\n")}
  esac
}

complete -F ${fn} ${spec.program}
`;
}
