import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

const fallback = "/en";

describe("safeReturnTo", () => {
  it.each([
    ["/", "/"],
    [
      "/scenarios/new?template=social-assistance&initiative=servicetrainee",
      "/scenarios/new?template=social-assistance&initiative=servicetrainee",
    ],
    ["/en/compare?ids=a&ids=b#results", "/en/compare?ids=a&ids=b#results"],
    ["/scenarios/../compare", "/compare"],
    ["/s%C3%A5", "/s%C3%A5"],
  ])("keeps the page %s of this app", (value, expected) => {
    expect(safeReturnTo(value, fallback)).toBe(expected);
  });

  it.each([
    // Browsers drop tabs and line breaks inside a URL: each of these is //127.0.0.1:8999/pwned.
    "/\t/127.0.0.1:8999/pwned",
    "/\n/127.0.0.1:8999/pwned",
    "/\r\n/127.0.0.1:8999/pwned",
    "\t//127.0.0.1:8999/pwned",
    "//127.0.0.1:8999/pwned",
    "///127.0.0.1:8999/pwned",
    "/\\127.0.0.1:8999/pwned",
    "/\\/127.0.0.1:8999/pwned",
    "\\\\127.0.0.1:8999/pwned",
    "/\t\\127.0.0.1:8999/pwned",
    // Dot segments that collapse into a protocol-relative path.
    "/.//127.0.0.1:8999/pwned",
    "/x/..//127.0.0.1:8999/pwned",
    "/%2e//127.0.0.1:8999/pwned",
    // Absolute URLs, schemes and user info.
    "https://127.0.0.1:8999/pwned",
    "http:127.0.0.1:8999/pwned",
    "javascript:alert(1)",
    " /\t/evil.example",
    "evil.example",
    "",
    // Not pages.
    "/api/auth/sign-out",
    "/api",
    "/_next/static/chunks/app.js",
  ])("refuses %j", (value) => {
    expect(safeReturnTo(value, fallback)).toBe(fallback);
  });

  it("refuses what is not one text", () => {
    expect(safeReturnTo(undefined, fallback)).toBe(fallback);
    expect(safeReturnTo(42, fallback)).toBe(fallback);
    expect(safeReturnTo(["//evil.example", "/"], fallback)).toBe(fallback);
    expect(safeReturnTo(["/compare", "//evil.example"], fallback)).toBe("/compare");
  });

  it("never returns a path a browser would read as another origin", () => {
    const base = "http://127.0.0.1:3011";
    for (const control of ["\t", "\n", "\r", "\\", "/", "%2f", "%5c", "%09", ".", "@"]) {
      for (const shape of [
        `/${control}/evil.example`,
        `/${control}${control}evil.example`,
        `${control}/evil.example`,
      ]) {
        const result = safeReturnTo(shape, fallback);
        expect(new URL(result, base).origin, `${JSON.stringify(shape)} → ${result}`).toBe(base);
      }
    }
  });
});
