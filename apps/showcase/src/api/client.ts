// The showcase's one way to its data: the API over tRPC, from the server only (docs/architecture.md).
import "server-only";
import { TRPCClientError } from "@trpc/client";
import { createApiClient } from "@insats/api/client";
import { proxyHeaders } from "@insats/api/forward";
import { showcaseEnv, showcaseProxyIdentity, withoutTrailingSlash } from "@/env";

/**
 * How long fetched content is reused. Pages regenerate on the same period (their `revalidate`). Both serve a
 * stale copy once while they refresh, so a change can take about four periods to reach a page that is read
 * continuously: 15 s keeps an editor's change within the minute the showcase promises (measured in the README).
 */
export const contentRevalidateSeconds = 15;

let client: ReturnType<typeof createApiClient> | undefined;

export function api() {
  client ??= createApiClient({
    url: `${withoutTrailingSlash(showcaseEnv().INSATS_API_URL)}/trpc`,
    // The server's own reads, cached and shared by every visitor: the API counts them against no one's budget.
    headers: () => proxyHeaders(showcaseProxyIdentity()),
    // Queries travel as GET, one per request, so Next's data cache can keep each by its URL; every request is
    // public content.
    batch: false,
    fetch: (input, init) =>
      fetch(input, { ...init, next: { revalidate: contentRevalidateSeconds, tags: ["content"] } }),
  });
  return client;
}

export type ApiClient = ReturnType<typeof api>;

let uncached: ReturnType<typeof createApiClient> | undefined;

/** The API without Next's data cache: for an editor's preview (Draft Mode), which must show the draft as it is now. */
export function previewApi() {
  uncached ??= createApiClient({
    url: `${withoutTrailingSlash(showcaseEnv().INSATS_API_URL)}/trpc`,
    fetch: (input, init) => fetch(input, { ...init, cache: "no-store" }),
  });
  return uncached;
}

/** True for the API's NOT_FOUND, which pages turn into their 404. */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "NOT_FOUND"
  );
}
