import { Argument, Option } from "commander";
import type { ValueKind } from "../render/completion/spec";

type Completed = "files" | "levels" | "tracks";

/** What each tagged argument and option takes, for the completion scripts (commands/completion.ts). */
const kinds = new WeakMap<Argument | Option, ValueKind>();

function tagged<T extends Argument | Option>(target: T, kind: Completed): T {
  kinds.set(target, { kind });
  return target;
}

/** An argument that names levels (`<level>`, `<levels...>`). */
export const levelArgument = (name: string, description: string) => tagged(new Argument(name, description), "levels");
/** An argument that names a file. */
export const fileArgument = (name: string, description: string) => tagged(new Argument(name, description), "files");
/** An option whose value is a file. */
export const fileOption = (flags: string, description: string) => tagged(new Option(flags, description), "files");
/** An option whose value is a track id. */
export const trackOption = (flags: string, description: string) => tagged(new Option(flags, description), "tracks");

/** What a shell completes for `target`: its choices, else what it was tagged with, else nothing in particular. */
export function valueKindOf(target: Argument | Option): ValueKind {
  if (target.argChoices) return { kind: "choices", values: target.argChoices };
  return kinds.get(target) ?? { kind: "none" };
}
