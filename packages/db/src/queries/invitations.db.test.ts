import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { InvitationRefusedError, LastAdminError, NotFoundError, ValidationError } from "../errors.ts";
import { accounts, sessions, users } from "../schema/auth.ts";
import { auditLog } from "../schema/audit.ts";
import { invitations } from "../schema/invitations.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, createTestUser } from "../testing/tenant.ts";
import {
  acceptInvitation,
  createInvitation,
  hashInvitationToken,
  listInvitations,
  peekInvitation,
  revokeInvitation,
} from "./invitations.ts";
import { changeMemberRole, getMembership, listMemberships } from "./memberships.ts";

let t: TestDatabase;
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

const newAddress = () => `Ny.Kollega-${++counter}@Example.test`;
const newAccount = { name: "Nina Ny", passwordHash: "hash-made-by-the-auth-library" };

describe("invitations", () => {
  it("stores only the token's hash, lists the open ones and replaces an earlier one to the same address", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const email = newAddress();
    const first = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email,
      role: "editor",
      invitedByUserId: tenant.admin.id,
    });
    const [stored] = await t.db.select().from(invitations).where(eq(invitations.id, first.invitation.id));
    expect(stored!.tokenHash).toBe(hashInvitationToken(first.token));
    expect(stored!.tokenHash).not.toContain(first.token);
    expect(stored!.email).toBe(email.toLowerCase());

    const second = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email,
      role: "planner",
      invitedByUserId: tenant.admin.id,
    });
    const open = await listInvitations(t.db, { organisationId: tenant.organisation.id });
    expect(open.map((item) => [item.id, item.role, item.invitedByName])).toEqual([
      [second.invitation.id, "planner", tenant.admin.name],
    ]);
    expect(await peekInvitation(t.db, { token: first.token })).toBeNull();
    await expect(acceptInvitation(t.db, { token: first.token, newAccount })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses to invite an address that is already a member's", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const error = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email: tenant.planner.email.toUpperCase(),
      role: "admin",
      invitedByUserId: tenant.admin.id,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(["email"]);
    expect(await listInvitations(t.db, { organisationId: tenant.organisation.id })).toEqual([]);
  });

  it("a new person accepts with the link: a verified account with the role, and the link is used up", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const email = newAddress();
    const { token } = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email,
      role: "editor",
      invitedByUserId: tenant.admin.id,
    });
    expect(await peekInvitation(t.db, { token })).toEqual({
      organisationName: tenant.organisation.nameSv,
      email: email.toLowerCase(),
      role: "editor",
      status: "open",
      signInRequired: false,
    });
    const accepted = await acceptInvitation(t.db, { token, newAccount });
    const [user] = await t.db.select().from(users).where(eq(users.id, accepted.userId));
    expect(user).toMatchObject({ email: email.toLowerCase(), emailVerified: true, name: "Nina Ny" });
    const [credential] = await t.db.select().from(accounts).where(eq(accounts.userId, accepted.userId));
    expect(credential).toMatchObject({ providerId: "credential", password: newAccount.passwordHash });
    expect(
      await getMembership(t.db, { userId: accepted.userId, organisationId: tenant.organisation.id }),
    ).toMatchObject({
      role: "editor",
    });
    expect((await peekInvitation(t.db, { token }))?.status).toBe("used");
    await expect(acceptInvitation(t.db, { token, newAccount })).rejects.toBeInstanceOf(NotFoundError);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        and(eq(auditLog.organisationId, tenant.organisation.id), eq(auditLog.actorUserId, accepted.userId)),
      );
    expect(actions.map((row) => row.action).sort()).toEqual(["invitation.accept", "membership.setRole"]);
  });

  it("an account registered in advance by someone else never gets the role; the link's holder takes the address", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const stranger = await createTestUser(t.db, "stranger");
    await t.db
      .insert(accounts)
      .values({
        id: `acc-${stranger.id}`,
        accountId: stranger.id,
        providerId: "credential",
        userId: stranger.id,
        password: "stranger's hash",
      });
    await t.db
      .insert(sessions)
      .values({
        id: `s-${stranger.id}`,
        token: `tok-${stranger.id}`,
        userId: stranger.id,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
    const { token } = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email: stranger.email,
      role: "editor",
      invitedByUserId: tenant.admin.id,
    });
    // Inviting the address gives its unverified account nothing.
    expect(await listMemberships(t.db, { userId: stranger.id })).toEqual([]);
    expect((await peekInvitation(t.db, { token }))?.signInRequired).toBe(false);

    const accepted = await acceptInvitation(t.db, { token, newAccount });
    expect(accepted.userId).toBe(stranger.id);
    // Whoever registered the address is signed out and can no longer sign in with their password.
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, stranger.id))).toEqual([]);
    const credentials = await t.db.select().from(accounts).where(eq(accounts.userId, stranger.id));
    expect(credentials.map((row) => row.password)).toEqual([newAccount.passwordHash]);
  });

  it("a signed-in user accepts only an invitation to their own address, which becomes verified", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const other = await createTestTenant(t.db, "inv");
    const { token } = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email: other.planner.email,
      role: "planner",
      invitedByUserId: tenant.admin.id,
    });
    await expect(acceptInvitation(t.db, { token, userId: other.editor.id })).rejects.toMatchObject({
      reason: "otherAddress",
      code: "FORBIDDEN",
    });
    expect(
      await getMembership(t.db, { userId: other.editor.id, organisationId: tenant.organisation.id }),
    ).toBeNull();

    await acceptInvitation(t.db, { token, userId: other.planner.id });
    expect(
      await getMembership(t.db, { userId: other.planner.id, organisationId: tenant.organisation.id }),
    ).toMatchObject({ role: "planner" });
    const [user] = await t.db.select().from(users).where(eq(users.id, other.planner.id));
    expect(user!.emailVerified).toBe(true);
  });

  it("a verified account's address needs its owner to sign in; an expired link is refused", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const owner = await createTestUser(t.db, "owner");
    await t.db.update(users).set({ emailVerified: true }).where(eq(users.id, owner.id));
    const now = new Date("2026-06-01T10:00:00Z");
    const { token } = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email: owner.email,
      role: "editor",
      invitedByUserId: tenant.admin.id,
      now,
    });
    expect((await peekInvitation(t.db, { token, now }))?.signInRequired).toBe(true);
    const error = await acceptInvitation(t.db, { token, newAccount, now }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvitationRefusedError);
    expect((error as InvitationRefusedError).reason).toBe("signInRequired");
    const [credential] = await t.db.select().from(accounts).where(eq(accounts.userId, owner.id));
    expect(credential).toBeUndefined();

    const later = new Date(now.getTime() + 15 * 24 * 60 * 60 * 1000);
    expect((await peekInvitation(t.db, { token, now: later }))?.status).toBe("expired");
    await expect(acceptInvitation(t.db, { token, userId: owner.id, now: later })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("revokes an open invitation of the own organisation only", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const other = await createTestTenant(t.db, "inv");
    const { invitation, token } = await createInvitation(t.db, {
      organisationId: tenant.organisation.id,
      email: newAddress(),
      role: "planner",
      invitedByUserId: tenant.admin.id,
    });
    expect(
      await revokeInvitation(t.db, {
        organisationId: other.organisation.id,
        invitationId: invitation.id,
        actorUserId: other.admin.id,
      }),
    ).toBe(false);
    expect(
      await revokeInvitation(t.db, {
        organisationId: tenant.organisation.id,
        invitationId: invitation.id,
        actorUserId: tenant.admin.id,
      }),
    ).toBe(true);
    expect(
      await revokeInvitation(t.db, {
        organisationId: tenant.organisation.id,
        invitationId: invitation.id,
        actorUserId: tenant.admin.id,
      }),
    ).toBe(false);
    expect(await peekInvitation(t.db, { token })).toBeNull();
  });

  it("changeMemberRole changes members only and keeps the last admin", async () => {
    const tenant = await createTestTenant(t.db, "inv");
    const outsider = await createTestUser(t.db, "outsider");
    await expect(
      changeMemberRole(t.db, {
        organisationId: tenant.organisation.id,
        userId: outsider.id,
        role: "admin",
        actorUserId: tenant.admin.id,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await getMembership(t.db, { userId: outsider.id, organisationId: tenant.organisation.id }),
    ).toBeNull();
    await expect(
      changeMemberRole(t.db, {
        organisationId: tenant.organisation.id,
        userId: tenant.admin.id,
        role: "editor",
        actorUserId: tenant.admin.id,
      }),
    ).rejects.toBeInstanceOf(LastAdminError);
    expect(
      await changeMemberRole(t.db, {
        organisationId: tenant.organisation.id,
        userId: tenant.planner.id,
        role: "editor",
        actorUserId: tenant.admin.id,
      }),
    ).toMatchObject({ role: "editor", previousRole: "planner" });
  });
});
