import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderYaml } from "../../../src/render/yaml";

describe("renderYaml", () => {
  const words = { alias: "no", summary: "yes", switch: "on", time: "12:30", date: "2024-01-01", empty: "null", number: 5, list: ["y", "off"] };

  it("quotes strings a YAML 1.1 reader would take for booleans, numbers or dates", () => {
    const text = renderYaml(words);
    for (const line of ['alias: "no"', 'summary: "yes"', 'switch: "on"', 'time: "12:30"', 'date: "2024-01-01"', 'empty: "null"', "number: 5", '- "y"', '- "off"']) {
      expect(text).toContain(line);
    }
  });

  it("reads back as the same data under YAML 1.2 and 1.1", () => {
    const text = renderYaml(words);
    expect(parse(text)).toEqual(words);
    expect(parse(text, { version: "1.1" })).toEqual(words);
  });
});
