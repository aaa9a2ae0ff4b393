import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./headers.ts";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("securityHeaders", () => {
  it("forbids framing and sniffing, limits referrers and features", () => {
    const headers = Object.fromEntries(securityHeaders("test").map((header) => [header.key, header.value]));
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("sends HSTS in production only", () => {
    const hsts = (mode: "development" | "production" | "test") =>
      securityHeaders(mode).find((header) => header.key === "Strict-Transport-Security")?.value;
    expect(hsts("production")).toBe("max-age=63072000; includeSubDomains");
    expect(hsts("development")).toBe(undefined);
    expect(hsts("test")).toBe(undefined);
  });
});

describe("contentSecurityPolicy", () => {
  it("with a nonce, runs only scripts that carry it and never evaluates code in production", () => {
    const policy = directives(contentSecurityPolicy({ mode: "production", nonce: "abc123==" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("without a nonce, keeps scripts on the app's own origin", () => {
    const policy = directives(contentSecurityPolicy({ mode: "production" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("lets React's development build evaluate code, and only it", () => {
    expect(directives(contentSecurityPolicy({ mode: "development" })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directives(contentSecurityPolicy({ mode: "test" })).get("script-src")).not.toContain(
      "'unsafe-eval'",
    );
  });
});

describe("createNonce", () => {
  it("is 128 bits of base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
