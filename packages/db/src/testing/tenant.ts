// Tenants for isolation: every test creates its own organisation and users, so tests never share data.
import { randomUUID } from "node:crypto";

import type { Database } from "../client.ts";
import { type MembershipRole, memberships, type User, users } from "../schema/auth.ts";
import { type Organisation, organisations } from "../schema/organisations.ts";

export interface TestTenant {
  organisation: Organisation;
  admin: User;
  editor: User;
  planner: User;
}

export async function createTestTenant(db: Database, label = "tenant"): Promise<TestTenant> {
  const suffix = randomUUID().slice(0, 8);
  const [organisation] = await db
    .insert(organisations)
    .values({
      slug: `${label}-${suffix}`,
      kind: "municipality",
      nameSv: `Testkommun ${suffix}`,
      nameEn: `Test ${suffix}`,
    })
    .returning();
  if (!organisation) throw new Error("insert into organisations returned no row");
  const member = async (role: MembershipRole): Promise<User> => {
    const user = await createTestUser(db, `${role}-${suffix}`);
    await db.insert(memberships).values({ userId: user.id, organisationId: organisation.id, role });
    return user;
  };
  return {
    organisation,
    admin: await member("admin"),
    editor: await member("editor"),
    planner: await member("planner"),
  };
}

export async function createTestUser(db: Database, label = "user"): Promise<User> {
  const id = randomUUID();
  const [user] = await db
    .insert(users)
    .values({ id, name: `Test ${label}`, email: `${label}-${id.slice(0, 8)}@example.test` })
    .returning();
  if (!user) throw new Error("insert into users returned no row");
  return user;
}
