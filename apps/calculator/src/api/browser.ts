"use client";
// The API from the planner's browser: through the app's own /api/trpc, which adds the session cookie's
// organisation (api/forward.ts), so the browser never needs to know the API's address.
import { createApiClient } from "@insats/api/client";

let client: ReturnType<typeof createApiClient> | undefined;

export function browserApi() {
  client ??= createApiClient({ url: "/api/trpc" });
  return client;
}
