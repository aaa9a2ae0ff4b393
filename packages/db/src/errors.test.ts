import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, ValidationError } from "./errors.ts";

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("knows a lost or refused connection and PostgreSQL shutting down or starting, however deeply wrapped", () => {
    for (const code of ["CONNECTION_CLOSED", "ECONNREFUSED", "57P01", "57P03", "08006"]) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
      const wrapped = new Error("Failed query: select 1", {
        cause: new Error("auth", { cause: withCode(code) }),
      });
      expect(isDatabaseUnavailable(wrapped), `${code} wrapped`).toBe(true);
    }
  });

  it("leaves query errors, domain errors and non-errors alone", () => {
    for (const error of [
      withCode("23505", "duplicate key"),
      withCode("42P01", "relation does not exist"),
      new ValidationError("initiative", []),
      "ECONNREFUSED",
      { code: "ECONNREFUSED" },
      null,
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
