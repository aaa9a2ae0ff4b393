// Municipal single sign-on: with the OIDC variables set, sign-in redirects to the provider found through its
// discovery document. The provider is a stub on loopback: it is the edge of the system, not ours to test.
import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@insats/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readApiEnv } from "../env.ts";
import { createAuth } from "./better-auth.ts";

let provider: Server;
let issuer: string;
let database: TestDatabase;

beforeAll(async () => {
  provider = createServer((req, res) => {
    if (req.url === "/.well-known/openid-configuration") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ["code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  database = await createTestDatabase();
});

afterAll(async () => {
  await new Promise((resolve) => provider?.close(resolve));
  await database?.close();
});

it("redirects sign-in to the configured OpenID Connect provider with PKCE", async () => {
  const env = readApiEnv({
    NODE_ENV: "test",
    OIDC_DISCOVERY_URL: `${issuer}/.well-known/openid-configuration`,
    OIDC_CLIENT_ID: "insats-test",
    OIDC_CLIENT_SECRET: "secret",
    OIDC_PROVIDER_ID: "kommun-sso",
  });
  const auth = createAuth(database.db, { ...env, AUTH_URL: "http://localhost:4000" });
  const response = await auth.handler(
    new Request("http://localhost:4000/auth/sign-in/social", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3001" },
      body: JSON.stringify({ provider: "kommun-sso", callbackURL: "http://localhost:3001/" }),
    }),
  );
  expect(response.status).toBe(200);
  const { url } = (await response.json()) as { url: string };
  const redirect = new URL(url);
  expect(`${redirect.origin}${redirect.pathname}`).toBe(`${issuer}/authorize`);
  expect(redirect.searchParams.get("client_id")).toBe("insats-test");
  expect(redirect.searchParams.get("code_challenge_method")).toBe("S256");
  expect(redirect.searchParams.get("scope")).toContain("openid");
  // The address to register with the identity provider (docs/deployment.md).
  expect(redirect.searchParams.get("redirect_uri")).toBe("http://localhost:4000/auth/callback/kommun-sso");
});

it("refuses a partial OIDC configuration with a clear message", () => {
  expect(() => readApiEnv({ OIDC_CLIENT_ID: "only-this" })).toThrow(/OIDC_DISCOVERY_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
});
