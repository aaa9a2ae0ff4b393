// Every procedure, fed arbitrary values: input the schema rejects is BAD_REQUEST with the issues listed,
// and nothing a client can send produces an internal error.
import { createTestDatabase, createTestTenant, type TestDatabase, type TestTenant } from "@insats/db/testing";
import fc from "fast-check";
import { type ZodType } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../../test/callers.ts";
import { appRouter } from "../root.ts";

let t: TestDatabase;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestDatabase();
  tenant = await createTestTenant(t.db, "bad-input");
});

afterAll(async () => {
  await t?.close();
});

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  inputs: ZodType[];
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>);

async function call(path: string, input: unknown) {
  // Admin: every role check passes, so what is tested is the input handling behind it.
  let target: unknown = callerFor(t.db, tenant, "admin");
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ id: fc.oneof(fc.string(), fc.uuid(), fc.integer()), input: fc.anything({ maxDepth: 2 }) }, { requiredKeys: [] }),
  fc.constantFrom(NaN, Infinity, -1, "", null, [], { version: 1 }),
);

describe.each(procedures)("%s with arbitrary input", (path, procedure) => {
  it("is BAD_REQUEST with issues when the schema rejects it, and never an internal error", async () => {
    const schema = procedure._def.inputs[0];
    await fc.assert(
      fc.asyncProperty(junk, async (value) => {
        const rejected = schema ? !schema.safeParse(value).success : false;
        try {
          await call(path, value);
          expect(rejected).toBe(false);
        } catch (error) {
          const { code, cause } = error as { code?: string; cause?: { issues?: unknown[] } };
          expect(code).not.toBe("INTERNAL_SERVER_ERROR");
          if (rejected) {
            expect(code).toBe("BAD_REQUEST");
            expect(cause?.issues?.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

it("covers every procedure of the router", () => {
  expect(procedures.length).toBeGreaterThanOrEqual(12);
});
