// The showcase's one way to its data: the API over tRPC, from the server only (docs/architecture.md).
import "server-only";
import { TRPCClientError } from "@trpc/client";
import { createApiClient } from "@insats/api/client";
import { proxyHeaders } from "@insats/api/forward";
import { showcaseEnv, showcaseProxyIdentity, withoutTrailingSlash } from "@/env";

/**
 * How long fetched content is reused. Pages regenerate on the same period (their `revalidate`), so an
 * editor's change is live within about a minute: at most this long in the data cache, then one request
 * to regenerate the page.
 */
export const contentRevalidateSeconds = 30;

let client: ReturnType<typeof createApiClient> | undefined;

export function api() {
  client ??= createApiClient({
    url: `${withoutTrailingSlash(showcaseEnv().INSATS_API_URL)}/trpc`,
    // The server's own reads, cached and shared by every visitor: the API counts them against no one's budget.
    headers: () => proxyHeaders(showcaseProxyIdentity()),
    // Queries travel as GET, so Next's data cache can keep them; every request is public content.
    fetch: (input, init) =>
      fetch(input, { ...init, next: { revalidate: contentRevalidateSeconds, tags: ["content"] } }),
  });
  return client;
}

export type ApiClient = ReturnType<typeof api>;

/** True for the API's NOT_FOUND, which pages turn into their 404. */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "NOT_FOUND"
  );
}
