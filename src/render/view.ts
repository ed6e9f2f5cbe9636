import type { Format } from "./formats";
import { renderJson } from "./json";
import { sanitize } from "./text";

/**
 * One result, every way it can be shown. JSON and YAML come from the same data
 * and keep it exact; `table` is for people and neutralises control characters
 * from the ladder itself (see sanitize), markdown and TSV as a whole here.
 */
export interface View {
  readonly data: () => unknown;
  readonly table: () => string;
  readonly tsv?: () => string;
  readonly markdown?: () => string;
}

/** Render a view in the format asked for (the command has already checked it supports it). */
export async function renderView(view: View, format: Format): Promise<string> {
  switch (format) {
    case "json":
      return renderJson(view.data());
    case "yaml": {
      const { renderYaml } = await import("./yaml");
      return renderYaml(view.data());
    }
    case "tsv":
      if (!view.tsv) throw new Error("this view has no tsv output");
      return view.tsv();
    case "markdown":
      if (!view.markdown) throw new Error("this view has no markdown output");
      // Markdown carries no colour, so the whole document can be made safe at once.
      return sanitize(view.markdown());
    default:
      return view.table();
  }
}

/** The formats a view can be shown in. */
export function viewFormats(view: Pick<View, "tsv" | "markdown">): Format[] {
  return ["table", "json", "yaml", ...(view.tsv ? (["tsv"] as const) : []), ...(view.markdown ? (["markdown"] as const) : [])];
}
