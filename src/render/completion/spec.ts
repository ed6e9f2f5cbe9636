/** What a shell should complete after an option or for a positional argument. */
export type ValueKind = { readonly kind: "files" } | { readonly kind: "levels" } | { readonly kind: "tracks" } | { readonly kind: "choices"; readonly values: readonly string[] } | { readonly kind: "none" };

export interface OptionSpec {
  /** `-l`, without the dash: undefined when the option has no short form. */
  readonly short: string | undefined;
  /** `--ladder`, without the dashes. */
  readonly long: string;
  readonly description: string;
  /** What follows the option; undefined for a flag that takes no value. */
  readonly value: ValueKind | undefined;
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  /** Its own options; the global ones apply too. */
  readonly options: readonly OptionSpec[];
  /** What its positional arguments are. */
  readonly argument: ValueKind;
  /** How many positional arguments it takes at most; undefined when the last is variadic (no limit). */
  readonly maxArguments: number | undefined;
}

/** The whole command line of a program, as the completion scripts need it. */
export interface CompletionSpec {
  readonly program: string;
  readonly globalOptions: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
}

/** A shell-safe name for functions: `pm-ladder` → `pm_ladder`. */
export function functionName(program: string): string {
  return `_${program.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** Every flag of these options as typed: `-l`, `--ladder`. */
export function flagsOf(options: readonly OptionSpec[]): string[] {
  return options.flatMap((option) => [...(option.short ? [`-${option.short}`] : []), `--${option.long}`]);
}

/** Every flag that takes a value, of the program and of its commands, once each. */
export function valueFlags(spec: CompletionSpec): string[] {
  const options = [...spec.globalOptions, ...spec.commands.flatMap((command) => command.options)];
  return [...new Set(flagsOf(options.filter((option) => option.value !== undefined)))];
}

/** Flags that take a value, other than --ladder: the scripts skip their value when looking for the subcommand. */
export function valueFlagsToSkip(spec: CompletionSpec): string[] {
  return valueFlags(spec).filter((flag) => flag !== "-l" && flag !== "--ladder");
}

/** `case` branches (bash and zsh share the syntax) that complete each option's value. */
export function valueCases(scope: string, options: readonly OptionSpec[], complete: (value: ValueKind) => string): string[] {
  return options.flatMap((option) =>
    option.value === undefined ? [] : [`    ${flagsOf([option]).map((flag) => `${scope}:${flag}`).join("|")}) ${complete(option.value)}; return ;;`],
  );
}

/** The `case` branch (bash and zsh) that completes a command's positional arguments, until it has all it takes (`args` counts them). */
export function argumentCase(command: CommandSpec, complete: (value: ValueKind) => string): string {
  const completion = complete(command.argument);
  const guarded = command.maxArguments === undefined || command.argument.kind === "none" ? completion : `(( args >= ${command.maxArguments} )) || { ${completion}; }`;
  return `    ${command.name}) ${guarded} ;;`;
}
