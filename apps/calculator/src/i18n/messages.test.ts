import { describe, expect, it } from "vitest";
import sv from "../../messages/sv.json";

/** Every text of a message tree, with its key. */
function texts(tree: unknown, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (tree === null || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
}

describe("the Swedish messages", () => {
  it('keep a percentage on one line, as the formatting module\'s "3,5 %" does ("100 %" wrapped after "100" at 390 px)', () => {
    expect(texts(sv).filter(([, text]) => /\d %/.test(text))).toEqual([]);
  });
});
