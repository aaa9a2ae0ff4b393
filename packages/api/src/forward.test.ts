// The apps' forwarder (both apps' /api/* route handlers use it): the body limit counted as bytes arrive, the
// client's address passed on only as the app found it, and the answer's headers.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  clientAddressHeader,
  forwardedClientAddress,
  forwardToApi,
  maxBodyBytes,
  proxyIdentity,
  proxySecretHeader,
} from "./forward.ts";

let upstream: Server;
let upstreamUrl: string;
let received: { headers: IncomingMessage["headers"]; bytes: number }[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => {
      received.push({ headers: req.headers, bytes });
      res.setHeader("set-cookie", ["a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "b=2"]);
      res.setHeader("content-type", "application/json");
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
beforeEach(() => {
  received = [];
});
afterAll(() => new Promise((resolve) => upstream.close(resolve)));

const identity = { secret: "s".repeat(40), trustedHops: 1 };

function chunked(bytes: number) {
  const state = { pulled: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= bytes) return controller.close();
      controller.enqueue(chunk);
      state.pulled += chunk.length;
    },
  });
  return { stream, state };
}

describe("forwardToApi", () => {
  it("refuses an 8 MB chunked body with 413 after reading just over 1 MB, and sends nothing on", async () => {
    const { stream, state } = chunked(8 * maxBodyBytes);
    const request = new Request("http://app.test/api/trpc/x", { method: "POST", body: stream, duplex: "half" });
    const response = await forwardToApi(request, { target: `${upstreamUrl}/trpc/x`, headers: new Headers(), identity });
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(maxBodyBytes + 2 * 64 * 1024);
    expect(received).toEqual([]);
  });

  it("refuses a declared Content-Length over 1 MB without reading", async () => {
    const request = new Request("http://app.test/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-length": String(maxBodyBytes + 1) },
      body: "{}",
    });
    const response = await forwardToApi(request, { target: `${upstreamUrl}/auth/sign-in/email`, headers: request.headers, identity });
    expect(response.status).toBe(413);
    expect(received).toEqual([]);
  });

  it("passes a body up to 1 MB on whole", async () => {
    const request = new Request("http://app.test/api/trpc/x", { method: "POST", body: "x".repeat(maxBodyBytes) });
    const response = await forwardToApi(request, { target: `${upstreamUrl}/trpc/x`, headers: new Headers(), identity });
    expect(response.status).toBe(200);
    expect(received.map((request) => request.bytes)).toEqual([maxBodyBytes]);
  });

  it("sends the client's address with the secret, never the client's own proxy headers", async () => {
    const request = new Request("http://app.test/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "x-forwarded-for": "6.6.6.6, 203.0.113.5",
        [clientAddressHeader]: "1.1.1.1",
        [proxySecretHeader]: "guessed",
      },
      body: "{}",
    });
    await forwardToApi(request, { target: `${upstreamUrl}/auth/sign-in/email`, headers: request.headers, identity });
    expect(received[0]!.headers[clientAddressHeader]).toBe("203.0.113.5");
    expect(received[0]!.headers[proxySecretHeader]).toBe(identity.secret);
    expect(received[0]!.headers["x-forwarded-for"]).toBeUndefined();
  });

  it("passes every Set-Cookie line back unjoined", async () => {
    const request = new Request("http://app.test/api/auth/get-session");
    const response = await forwardToApi(request, { target: `${upstreamUrl}/auth/get-session`, headers: new Headers(), identity });
    expect(response.headers.getSetCookie()).toEqual(["a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "b=2"]);
  });

  it("answers 503 when the API cannot be reached", async () => {
    const request = new Request("http://app.test/api/trpc/x");
    const response = await forwardToApi(request, { target: "http://127.0.0.1:1/trpc/x", headers: new Headers(), identity });
    expect(response.status).toBe(503);
  });
});

describe("forwardedClientAddress", () => {
  it("takes the right-most hop our own proxies did not write", () => {
    expect(forwardedClientAddress("6.6.6.6, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(forwardedClientAddress("6.6.6.6, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    expect(forwardedClientAddress("203.0.113.5", 3)).toBe("203.0.113.5");
    expect(forwardedClientAddress(" , ", 1)).toBeNull();
    expect(forwardedClientAddress(null, 1)).toBeNull();
  });
});

describe("proxyIdentity", () => {
  it("has the development secret outside production only", () => {
    expect(proxyIdentity({ secret: undefined, trustedHops: 1, production: false }).secret).toMatch(/development/);
    expect(proxyIdentity({ secret: undefined, trustedHops: 1, production: true }).secret).toBeUndefined();
  });
});
