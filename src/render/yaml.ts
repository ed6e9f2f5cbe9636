import { stringify } from "yaml";

/**
 * The same data as the JSON output, as YAML. Imported lazily: only `--format yaml`
 * pays for the yaml library. Written under YAML 1.1's rules, so that strings such
 * as yes, no, on and 12:30 are quoted: 1.1 readers (PyYAML among them) would read
 * them as booleans and numbers, and 1.2 readers read the quoted form the same.
 */
export function renderYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" });
}
