import { eq, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { type User, users } from "../schema/auth.ts";

/** A registered user by email, compared case-insensitively as people type addresses. */
export async function findUserByEmail(db: Database, params: { email: string }): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, params.email.trim().toLowerCase()));
  return row ?? null;
}
