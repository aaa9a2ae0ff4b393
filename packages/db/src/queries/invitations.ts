// Invitations: the only way an admin adds someone to an organisation. A role attaches to an account only through
// the link, which proves that its holder reads mail at the address: an account someone registered in advance
// with a colleague's address gets nothing from an invitation to that address.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { InvitationRefusedError, NotFoundError, ValidationError } from "../errors.ts";
import { accounts, type MembershipRole, memberships, sessions, users } from "../schema/auth.ts";
import { invitations } from "../schema/invitations.ts";
import { organisations } from "../schema/organisations.ts";
import { recordAudit } from "./audit.ts";
import { isUuid } from "./ids.ts";
import { writeRole } from "./memberships.ts";

/** How long a link works. */
export const invitationValidDays = 14;

export interface PendingInvitation {
  id: string;
  email: string;
  role: MembershipRole;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface InvitationPreview {
  organisationName: string;
  email: string;
  role: MembershipRole;
  /** `open` can be accepted; the others cannot, and say why. */
  status: "open" | "expired" | "used";
  /** The address has an account that has proved it: its owner signs in to accept. */
  signInRequired: boolean;
}

/** Hex SHA-256 of a link's token: what the table keeps. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const sameEmail = (column: typeof users.email, email: string) =>
  eq(sql`lower(${column})`, normaliseEmail(email));

/**
 * Invites `email` to the organisation with `role`, replacing an earlier open invitation to the same address.
 * Returns the link's token, which exists only in this answer. An address that is already a member's is a
 * ValidationError on `email` (change the member's role instead).
 */
export async function createInvitation(
  db: Database,
  params: {
    organisationId: string;
    email: string;
    role: MembershipRole;
    invitedByUserId: string;
    now?: Date;
  },
): Promise<{ invitation: PendingInvitation; token: string }> {
  if (!isUuid(params.organisationId)) throw new NotFoundError("organisation", params.organisationId);
  const email = normaliseEmail(params.email);
  const now = params.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, params.organisationId), sameEmail(users.email, email)));
    if (member) {
      throw new ValidationError("invitation", [
        { path: "email", message: "Already a member of the organisation" },
      ]);
    }
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.organisationId, params.organisationId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(invitations)
      .values({
        organisationId: params.organisationId,
        email,
        role: params.role,
        tokenHash: hashInvitationToken(token),
        invitedByUserId: params.invitedByUserId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + invitationValidDays * 24 * 60 * 60 * 1000),
      })
      .returning();
    if (!row) throw new Error("insert into invitations returned no row");
    await recordAudit(tx, {
      actorUserId: params.invitedByUserId,
      organisationId: params.organisationId,
      action: "invitation.create",
      entity: "invitation",
      entityId: row.id,
      details: { email, role: params.role },
    });
    const [inviter] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, params.invitedByUserId));
    return {
      token,
      invitation: {
        id: row.id,
        email: row.email,
        role: row.role,
        invitedByName: inviter?.name ?? null,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
      },
    };
  });
}

/** The organisation's invitations that are neither accepted nor revoked (expired ones too), newest first. */
export async function listInvitations(
  db: Database,
  params: { organisationId: string },
): Promise<PendingInvitation[]> {
  if (!isUuid(params.organisationId)) return [];
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      invitedByName: users.name,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(
      and(
        eq(invitations.organisationId, params.organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
}

/** Withdraws an open invitation of the organisation; false when there is none with that id. */
export async function revokeInvitation(
  db: Database,
  params: { organisationId: string; invitationId: string; actorUserId: string; now?: Date },
): Promise<boolean> {
  if (!isUuid(params.organisationId) || !isUuid(params.invitationId)) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: params.now ?? new Date() })
      .where(
        and(
          eq(invitations.id, params.invitationId),
          eq(invitations.organisationId, params.organisationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email });
    if (!row) return false;
    await recordAudit(tx, {
      actorUserId: params.actorUserId,
      organisationId: params.organisationId,
      action: "invitation.revoke",
      entity: "invitation",
      entityId: row.id,
      details: { email: row.email },
    });
    return true;
  });
}

/** What a link's holder may see before accepting: null for a token that names no invitation (or a revoked one). */
export async function peekInvitation(
  db: Database,
  params: { token: string; now?: Date },
): Promise<InvitationPreview | null> {
  const now = params.now ?? new Date();
  const [row] = await db
    .select({
      organisationName: organisations.nameSv,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(params.token)));
  if (!row || row.revokedAt) return null;
  const [verified] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sameEmail(users.email, row.email), eq(users.emailVerified, true)));
  return {
    organisationName: row.organisationName,
    email: row.email,
    role: row.role,
    status: row.acceptedAt ? "used" : row.expiresAt <= now ? "expired" : "open",
    signInRequired: Boolean(verified),
  };
}

/**
 * Accepts an invitation, in one transaction with its audit rows, and marks the address verified: the link proves
 * it. Either as the signed-in user, whose address must be the invited one, or as a new account (`newAccount`, a
 * password hash made by the auth library). An address with an account that never proved it (registered by anyone)
 * is taken over by the new account: that account's sessions and sign-in methods are deleted, so whoever
 * registered it is signed out and cannot sign in again. An address with a verified account needs its owner to
 * sign in (InvitationRefusedError). Unknown, revoked, used or expired links are NotFoundError.
 */
export async function acceptInvitation(
  db: Database,
  params: {
    token: string;
    now?: Date;
  } & ({ userId: string } | { newAccount: { name: string; passwordHash: string } }),
): Promise<{ userId: string; email: string; organisationId: string; role: MembershipRole }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(params.token)))
      .for("update");
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
      throw new NotFoundError("invitation", "link");
    }

    let userId: string;
    if ("userId" in params) {
      const [user] = await tx.select().from(users).where(eq(users.id, params.userId));
      if (!user || normaliseEmail(user.email) !== invitation.email)
        throw new InvitationRefusedError("otherAddress");
      userId = user.id;
      await tx.update(users).set({ emailVerified: true }).where(eq(users.id, userId));
    } else {
      const [existing] = await tx
        .select()
        .from(users)
        .where(sameEmail(users.email, invitation.email))
        .for("update");
      if (existing?.emailVerified) throw new InvitationRefusedError("signInRequired");
      if (existing) {
        userId = existing.id;
        await tx.delete(sessions).where(eq(sessions.userId, userId));
        await tx.delete(accounts).where(eq(accounts.userId, userId));
        await tx
          .update(users)
          .set({ name: params.newAccount.name, emailVerified: true })
          .where(eq(users.id, userId));
        await recordAudit(tx, {
          actorUserId: userId,
          organisationId: invitation.organisationId,
          action: "user.claim",
          entity: "user",
          entityId: userId,
          details: { email: invitation.email, invitationId: invitation.id },
        });
      } else {
        userId = randomUUID();
        await tx
          .insert(users)
          .values({ id: userId, name: params.newAccount.name, email: invitation.email, emailVerified: true });
      }
      await tx.insert(accounts).values({
        id: randomUUID(),
        accountId: userId,
        providerId: "credential",
        userId,
        password: params.newAccount.passwordHash,
      });
    }

    await writeRole(tx, {
      organisationId: invitation.organisationId,
      userId,
      role: invitation.role,
      actorUserId: userId,
    });
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedByUserId: userId })
      .where(eq(invitations.id, invitation.id));
    await recordAudit(tx, {
      actorUserId: userId,
      organisationId: invitation.organisationId,
      action: "invitation.accept",
      entity: "invitation",
      entityId: invitation.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return {
      userId,
      email: invitation.email,
      organisationId: invitation.organisationId,
      role: invitation.role,
    };
  });
}
