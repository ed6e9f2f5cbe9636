import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "../../../src/answers/duplicate-json-key";

const find = (text: string) => findDuplicateKey(text, JSON.parse(text));

describe("findDuplicateKey", () => {
  it("finds a repeated key at any depth, however it is spelt or spaced, with its path", () => {
    expect(find('{"ratings":{"a":5,"a":1}}')).toEqual({ path: ["ratings", "a"], key: "a" });
    expect(find('{"x": [1, {"k": {}}, {"k" : 1, "k"\n:2}]}')).toEqual({ path: ["x", 2, "k"], key: "k" });
    expect(find('{"a:b":"c:d","\\u0061:b":1}')).toEqual({ path: ["a:b"], key: "a:b" });
    expect(find('{"q\\"":1,"q\\"":2}')).toEqual({ path: ['q"'], key: 'q"' });
  });

  it("finds none where keys are only alike: in other objects, or a string that holds colons and quotes", () => {
    expect(find('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBeUndefined();
    expect(find('{"id":"t:1\\":\\"x","a":1}')).toBeUndefined();
  });

  it("finds none in any JSON without repeated keys", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(find(JSON.stringify(value))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
