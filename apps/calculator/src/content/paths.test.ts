import { describe, expect, it } from "vitest";
import { contentPath, kindOfSegment } from "./paths";

describe("contentPath", () => {
  it("names the workspace's pages in the page's language", () => {
    expect(contentPath("sv")).toBe("/innehall");
    expect(contentPath("en")).toBe("/content");
    expect(contentPath("sv", { kind: "initiative", view: "new" })).toBe("/innehall/exempel/ny");
    expect(contentPath("en", { kind: "newsItem", slug: "seminarium", view: "history" })).toBe("/content/news/seminarium/history");
    expect(contentPath("sv", { kind: "newsItem", slug: "seminarium", view: "edit" })).toBe("/innehall/pa-gang/seminarium");
  });

  it("reads a kind from either language's segment", () => {
    expect(kindOfSegment("exempel")).toEqual({ kind: "initiative", locale: "sv" });
    expect(kindOfSegment("news")).toEqual({ kind: "newsItem", locale: "en" });
    expect(kindOfSegment("scenarios")).toBeNull();
  });
});
