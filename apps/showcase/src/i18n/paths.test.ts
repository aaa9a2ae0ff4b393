import { describe, expect, it } from "vitest";
import { localizedPath } from "./paths.ts";

describe("localized addresses", () => {
  it("gives Swedish at the root and English under /en, each with its own path names", () => {
    expect(localizedPath("/", "sv")).toBe("/");
    expect(localizedPath("/", "en")).toBe("/en");
    expect(localizedPath("/about", "sv")).toBe("/om-metoden");
    expect(localizedPath("/about", "en")).toBe("/en/about-the-method");
  });

  it("fills in parameters and adds the query", () => {
    const href = { pathname: "/initiatives/[slug]", params: { slug: "las-pa-recept" } } as const;
    expect(localizedPath(href, "sv")).toBe("/insatser/las-pa-recept");
    expect(localizedPath(href, "en")).toBe("/en/initiatives/las-pa-recept");
    expect(localizedPath({ pathname: "/initiatives", query: { county: "21", q: "språk" } }, "sv")).toBe(
      "/insatser?county=21&q=spr%C3%A5k",
    );
    expect(localizedPath({ pathname: "/initiatives", query: {} }, "en")).toBe("/en/initiatives");
  });
});
