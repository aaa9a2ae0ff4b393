import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { LastAdminError, NotFoundError } from "../errors.ts";
import { auditLog } from "../schema/audit.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, createTestUser } from "../testing/tenant.ts";
import { getMembership, listMembers, listMemberships, removeMember, setMemberRole } from "./memberships.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

describe("memberships", () => {
  it("lists a user's organisations with roles, and an organisation's members", async () => {
    const a = await createTestTenant(t.db, "a");
    const b = await createTestTenant(t.db, "b");
    await setMemberRole(t.db, {
      organisationId: b.organisation.id,
      userId: a.planner.id,
      role: "editor",
      actorUserId: b.admin.id,
    });
    const mine = await listMemberships(t.db, { userId: a.planner.id });
    expect(mine.map((m) => [m.organisation.slug, m.role]).sort()).toEqual(
      [
        [a.organisation.slug, "planner"],
        [b.organisation.slug, "editor"],
      ].sort(),
    );
    expect(await getMembership(t.db, { userId: a.planner.id, organisationId: b.organisation.id })).toEqual({
      userId: a.planner.id,
      organisationId: b.organisation.id,
      role: "editor",
    });
    expect(await getMembership(t.db, { userId: b.planner.id, organisationId: a.organisation.id })).toBeNull();
    expect(await getMembership(t.db, { userId: a.planner.id, organisationId: "nope" })).toBeNull();

    const members = await listMembers(t.db, { organisationId: b.organisation.id });
    expect(members.map((m) => m.userId).sort()).toEqual(
      [b.admin.id, b.editor.id, b.planner.id, a.planner.id].sort(),
    );
    expect(members.find((m) => m.userId === a.planner.id)).toMatchObject({
      role: "editor",
      email: a.planner.email,
    });
  });

  it("changes roles with an audit row, and keeps at least one admin", async () => {
    const tenant = await createTestTenant(t.db);
    const org = tenant.organisation.id;
    await expect(
      setMemberRole(t.db, {
        organisationId: org,
        userId: tenant.admin.id,
        role: "planner",
        actorUserId: tenant.admin.id,
      }),
    ).rejects.toBeInstanceOf(LastAdminError);
    await expect(
      removeMember(t.db, { organisationId: org, userId: tenant.admin.id, actorUserId: tenant.admin.id }),
    ).rejects.toBeInstanceOf(LastAdminError);

    const result = await setMemberRole(t.db, {
      organisationId: org,
      userId: tenant.editor.id,
      role: "admin",
      actorUserId: tenant.admin.id,
    });
    expect(result).toMatchObject({ role: "admin", previousRole: "editor" });
    await setMemberRole(t.db, {
      organisationId: org,
      userId: tenant.admin.id,
      role: "planner",
      actorUserId: tenant.editor.id,
    });
    expect((await getMembership(t.db, { userId: tenant.admin.id, organisationId: org }))?.role).toBe(
      "planner",
    );

    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, org), eq(auditLog.action, "membership.setRole")));
    expect(
      entries.map((e) => e.details).sort((x, y) => String(x.role).localeCompare(String(y.role))),
    ).toEqual([
      { role: "admin", previousRole: "editor" },
      { role: "planner", previousRole: "admin" },
    ]);

    expect(
      await removeMember(t.db, {
        organisationId: org,
        userId: tenant.planner.id,
        actorUserId: tenant.editor.id,
      }),
    ).toBe(true);
    expect(
      await removeMember(t.db, {
        organisationId: org,
        userId: tenant.planner.id,
        actorUserId: tenant.editor.id,
      }),
    ).toBe(false);
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const tenant = await createTestTenant(t.db);
    const org = tenant.organisation.id;
    const second = await createTestUser(t.db, "second-admin");
    await setMemberRole(t.db, {
      organisationId: org,
      userId: second.id,
      role: "admin",
      actorUserId: tenant.admin.id,
    });
    const results = await Promise.allSettled([
      setMemberRole(t.db, {
        organisationId: org,
        userId: tenant.admin.id,
        role: "planner",
        actorUserId: second.id,
      }),
      setMemberRole(t.db, {
        organisationId: org,
        userId: second.id,
        role: "planner",
        actorUserId: tenant.admin.id,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const admins = (await listMembers(t.db, { organisationId: org })).filter((m) => m.role === "admin");
    expect(admins).toHaveLength(1);
  });

  it("refuses a role in an organisation that does not exist", async () => {
    const user = await createTestUser(t.db);
    await expect(
      setMemberRole(t.db, {
        organisationId: "00000000-0000-4000-8000-000000000000",
        userId: user.id,
        role: "planner",
        actorUserId: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
