import { apiErrorCode } from "@/api/errors";

/** The message key (in the `members` namespace) for a failed member write. */
export function memberWriteError(error: unknown): "lastAdmin" | "memberGone" | "tooMany" | "failed" {
  switch (apiErrorCode(error)) {
    case "CONFLICT":
      return "lastAdmin";
    case "NOT_FOUND":
      return "memberGone";
    case "TOO_MANY_REQUESTS":
      return "tooMany";
    default:
      return "failed";
  }
}
