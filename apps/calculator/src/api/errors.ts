import { TRPCClientError } from "@trpc/client";

/** The tRPC error code of a failed API call (`NOT_FOUND`, `CONFLICT` …), or null for anything else. */
export function apiErrorCode(error: unknown): string | null {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: unknown } | undefined;
    return typeof data?.code === "string" ? data.code : null;
  }
  return null;
}
