// What apps may import from @insats/api: the router's type and a typed client over HTTP.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
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
}

export function createApiClient(options: ApiClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({ url: options.url, headers: options.headers, fetch: options.fetch, maxURLLength: 4000 }),
    ],
  });
}
