import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../../src/render/formats";
import { completionSpec } from "../../../src/commands/completion";
import { addGlobalOptions, registerCommands } from "../../../src/commands/registry";
import { bashCompletion } from "../../../src/render/completion/bash";
import { fishCompletion } from "../../../src/render/completion/fish";
import { zshCompletion } from "../../../src/render/completion/zsh";

function program(): Command {
  const root = new Command("pm-ladder").version("0.0.0", "-V, --version");
  addGlobalOptions(root, FORMATS);
  registerCommands(root, async () => {});
  return root;
}

describe("completionSpec", () => {
  const spec = completionSpec(program());
  const command = (name: string) => spec.commands.find((candidate) => candidate.name === name)!;

  it("reads what each positional argument takes from the command definitions", () => {
    expect(command("compare").argument).toEqual({ kind: "levels" });
    expect(command("show").argument).toEqual({ kind: "levels" });
    expect(command("next").argument).toEqual({ kind: "levels" });
    expect(command("path").argument).toEqual({ kind: "levels" });
    expect(command("validate").argument).toEqual({ kind: "files" });
    expect(command("completion").argument).toEqual({ kind: "choices", values: ["bash", "zsh", "fish"] });
  });

  it("reads how many positional arguments each command takes, with no limit for a variadic one", () => {
    expect(command("show").maxArguments).toBe(1);
    expect(command("next").maxArguments).toBe(1);
    expect(command("path").maxArguments).toBe(2);
    expect(command("compare").maxArguments).toBeUndefined();
    expect(command("levels").maxArguments).toBe(0);
  });

  it("knows what follows each option, and leaves hidden ones and --version out", () => {
    expect(spec.globalOptions.find((option) => option.long === "ladder")).toMatchObject({ short: "l", value: { kind: "files" } });
    expect(spec.globalOptions.find((option) => option.long === "format")?.value).toEqual({ kind: "choices", values: [...FORMATS] });
    expect(spec.globalOptions.find((option) => option.long === "json")?.value).toBeUndefined();
    expect(spec.globalOptions.map((option) => option.long)).not.toContain("version");
    expect(command("compare").options.find((option) => option.long === "layout")?.value).toEqual({ kind: "choices", values: ["auto", "columns", "stacked"] });
    expect(command("path").options.find((option) => option.long === "track")?.value).toEqual({ kind: "tracks" });
    expect(command("completion").options).toEqual([]);
  });

  it("gives every script the commands and the call back for level names", () => {
    for (const script of [bashCompletion(spec), zshCompletion(spec), fishCompletion(spec)]) {
      expect(script).toContain("command pm-ladder completion");
      for (const name of ["compare", "next", "path", "completion"]) expect(script).toContain(name);
    }
    expect(bashCompletion(spec)).toMatch(/^ {4}compare\) _pm_ladder_list --list-levels ;;$/m);
    expect(bashCompletion(spec)).toMatch(/^ {4}compare:--layout\) COMPREPLY=\(\$\(compgen -W "auto columns stacked" -- "\$cur"\)\); return ;;$/m);
    expect(zshCompletion(spec)).toMatch(/^#compdef pm-ladder$/m);
    expect(fishCompletion(spec)).toContain("complete -c pm-ladder -n '__fish_seen_subcommand_from compare' -l layout -x -a 'auto columns stacked'");
  });
});
