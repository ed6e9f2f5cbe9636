import { stringify } from "yaml";

/** The same data as the JSON output, as YAML. Imported lazily: only `--format yaml` pays for the yaml library. */
export function renderYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}
