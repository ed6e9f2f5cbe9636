import type { CommandIO } from "../cli/command-io";
import { writeView } from "../cli/write-view";
import { ExitCode } from "../errors";
import { DEFAULT_LADDER_LABEL, defaultLadderPath } from "../io/default-ladder";
import { readTextInput } from "../io/read-input";
import { validateLadderText } from "../ladder/validate";
import { validationView } from "../render/views/validate";

export interface ValidateOptions {
  readonly strict?: boolean;
}

/** `pm-ladder validate [FILE]`: every problem of a ladder file, for people and for CI. Exit 1 when invalid. */
export async function runValidate(file: string | undefined, options: ValidateOptions, io: CommandIO): Promise<number> {
  const path = file ?? io.global.ladder;
  const input = path === undefined ? await readTextInput(defaultLadderPath(), io.context, "ladder") : await readTextInput(path, io.context, "ladder");
  const label = path === undefined ? DEFAULT_LADDER_LABEL : input.label;
  const result = validateLadderText(input.text, label, options.strict === true);
  await writeView(io, validationView(result, io.theme), "validate");
  return result.valid ? ExitCode.ok : ExitCode.invalid;
}
