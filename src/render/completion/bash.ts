import { argumentCase, flagsOf, functionName, valueCases, valueFlagsToSkip, type CompletionSpec, type ValueKind } from "./spec";

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
  # Readline splits words at "=" (COMP_WORDBREAKS): join \`--ladder\` \`=\` \`FILE\` back into the one word the program reads.
  local -a words=()
  local word joined="" i
  for (( i = 0; i <= COMP_CWORD; i++ )); do
    word="\${COMP_WORDS[i]}"
    if [[ "$word" == "=" && \${#words[@]} -gt 1 ]]; then words[\${#words[@]}-1]+="="; joined=1
    elif [[ -n "$joined" ]]; then words[\${#words[@]}-1]+="$word"; joined=""
    else words+=("$word")
    fi
  done
  local -i cword=\${#words[@]}-1 args=0
  local cur="\${words[cword]}" prev="" sub=""
  (( cword > 0 )) && prev="\${words[cword-1]}"
  ${fn}_ladder=()
  for (( i = 1; i < cword; i++ )); do
    word="\${words[i]}"
    case "$word" in
      -l|--ladder) ${fn}_ladder=(--ladder "\${words[i+1]/#\\~/$HOME}"); (( i++ )) ;;
      --ladder=*) ${fn}_ladder=(--ladder "\${word#--ladder=}") ;;${skipFlags.length > 0 ? `\n      ${skipFlags.join("|")}) (( i++ )) ;;` : ""}
      -*) ;;
      *) if [[ -z "$sub" ]]; then sub="$word"; else (( args++ )); fi ;;
    esac
  done

  # After \`--flag=\` the value is completed as if it were the next word.
  local after_equals=""
  if [[ "$cur" == --*=* ]]; then after_equals=1; prev="\${cur%%=*}"; cur="\${cur#*=}"; fi
  case "$sub:$prev" in
${[...valueCases("*", spec.globalOptions, completeValue), ...spec.commands.flatMap((command) => valueCases(command.name, command.options, completeValue))].join("\n")}
  esac
  [[ -n "$after_equals" ]] && return

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
${spec.commands.map((command) => argumentCase(command, completeValue)).join("\n")}
  esac
}

complete -F ${fn} ${spec.program}
`;
}
