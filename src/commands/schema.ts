import * as z from "zod";
import type { CommandIO } from "../cli/command-io";
import { writeView } from "../cli/write-view";
import { renderJson } from "../render/json";
import { LadderFileSchema } from "../ladder/schema";

/**
 * The JSON Schema of the ladder format, generated from the same zod schemas the
 * loader uses. Draft 7: the YAML language server, the editors' checker, does not
 * support draft 2020-12, and the schema needs nothing newer.
 */
export function ladderJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(LadderFileSchema, { io: "input", target: "draft-07" }),
    title: "pm-ladder ladder file (pm-ladder/v1)",
  };
}

/** `pm-ladder schema`: print the JSON Schema, for editors that check YAML as it is typed. */
export async function runSchema(io: CommandIO): Promise<void> {
  const schema = ladderJsonSchema();
  await writeView(io, { data: () => schema, table: () => renderJson(schema) }, "schema");
}
