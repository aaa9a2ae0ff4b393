// What apps may import from @insats/api: the router's type and a typed client over HTTP.
import { createTRPCClient, httpBatchLink, httpLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { maxBatchCalls } from "./forward.ts";
import type { AppRouter } from "./root.ts";

export type { AppRouter } from "./root.ts";
/** What each procedure answers and takes, for apps' props and state (`RouterOutputs["scenario"]["byId"]`). */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export interface ApiClientOptions {
  /** The API's tRPC endpoint, e.g. http://localhost:4000/trpc or /api/trpc behind an app's rewrite. */
  url: string;
  /** Headers for every request: a session cookie, `x-insats-organisation`. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
  /**
   * Batch the calls made in one tick into one request (the default; a browser's page asks for several at once).
   * A server that keeps one client for every visitor and caches answers by URL (the showcase) turns it off: there
   * a batch mixes the calls of concurrent visitors, so its URL is new each time and no cached answer is ever reused.
   */
  batch?: boolean;
}

export function createApiClient(options: ApiClientOptions) {
  const link = { url: options.url, headers: options.headers, fetch: options.fetch };
  return createTRPCClient<AppRouter>({
    links: [options.batch === false ? httpLink(link) : httpBatchLink({ ...link, maxURLLength: 4000, maxItems: maxBatchCalls })],
  });
}
