// In-process callers for router tests: a real database, a chosen user and organisation, no HTTP.
import { type Database } from "@insats/db";
import { type TestTenant } from "@insats/db/testing";
import { createInnerContext } from "../src/context.ts";
import { createCaller } from "../src/root.ts";

export type Persona = "anonymous" | "planner" | "editor" | "admin";
export const personas: readonly Persona[] = ["anonymous", "planner", "editor", "admin"];

export function callerFor(db: Database, tenant: TestTenant, persona: Persona) {
  if (persona === "anonymous") return createCaller(createInnerContext({ db }));
  const user = tenant[persona];
  return createCaller(
    createInnerContext({
      db,
      session: { userId: user.id, email: user.email, name: user.name },
      organisationId: tenant.organisation.id,
    }),
  );
}

/** The tRPC error code a call failed with, or "OK". */
export async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "OK";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? code : `THREW ${String(error)}`;
  }
}
