import { and, asc, eq, ne } from "drizzle-orm";

import type { Database } from "../client.ts";
import { LastAdminError, NotFoundError } from "../errors.ts";
import { type MembershipRole, memberships, users } from "../schema/auth.ts";
import { type OrganisationKind, organisations } from "../schema/organisations.ts";
import { recordAudit } from "./audit.ts";
import { isUuid } from "./ids.ts";

export interface UserMembership {
  organisationId: string;
  role: MembershipRole;
  organisation: { slug: string; kind: OrganisationKind; nameSv: string; nameEn: string | null };
}

export interface OrganisationMember {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  memberSince: Date;
}

/** The organisations a user belongs to, with the role in each, by Swedish name. */
export async function listMemberships(db: Database, params: { userId: string }): Promise<UserMembership[]> {
  const rows = await db
    .select({
      organisationId: memberships.organisationId,
      role: memberships.role,
      slug: organisations.slug,
      kind: organisations.kind,
      nameSv: organisations.nameSv,
      nameEn: organisations.nameEn,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, params.userId))
    .orderBy(asc(organisations.nameSv));
  return rows.map(({ organisationId, role, ...organisation }) => ({ organisationId, role, organisation }));
}

/** The user's role in the organisation, or null when not a member. */
export async function getMembership(
  db: Database,
  params: { userId: string; organisationId: string },
): Promise<{ userId: string; organisationId: string; role: MembershipRole } | null> {
  if (!isUuid(params.organisationId)) return null;
  const [row] = await db
    .select({
      userId: memberships.userId,
      organisationId: memberships.organisationId,
      role: memberships.role,
    })
    .from(memberships)
    .where(and(eq(memberships.userId, params.userId), eq(memberships.organisationId, params.organisationId)));
  return row ?? null;
}

/** Members of an organisation by name. */
export async function listMembers(
  db: Database,
  params: { organisationId: string },
): Promise<OrganisationMember[]> {
  if (!isUuid(params.organisationId)) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      memberSince: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, params.organisationId))
    .orderBy(asc(users.name), asc(users.email));
}

export interface RoleChange {
  userId: string;
  organisationId: string;
  role: MembershipRole;
  previousRole: MembershipRole | null;
}

/**
 * Makes the user a member with `role`, or changes the role of an existing member. An organisation keeps at least
 * one admin: demoting its last admin throws LastAdminError. `actorUserId` null means the system (seed, scripts).
 * Only for accounts whose address is known to be theirs (the seed, an accepted invitation): admins add people
 * with `createInvitation`.
 */
export async function setMemberRole(
  db: Database,
  params: { organisationId: string; userId: string; role: MembershipRole; actorUserId: string | null },
): Promise<RoleChange> {
  if (!isUuid(params.organisationId)) throw new NotFoundError("organisation", params.organisationId);
  return db.transaction((tx) => writeRole(tx, params));
}

/** Changes the role of an existing member (NotFoundError for anyone else); the last admin stays an admin. */
export async function changeMemberRole(
  db: Database,
  params: { organisationId: string; userId: string; role: MembershipRole; actorUserId: string | null },
): Promise<RoleChange> {
  if (!isUuid(params.organisationId)) throw new NotFoundError("membership", params.userId);
  return db.transaction((tx) => writeRole(tx, { ...params, existingOnly: true }));
}

/** The role write of one transaction, with its audit row; `existingOnly` refuses to add a member. */
export async function writeRole(
  tx: Database,
  params: {
    organisationId: string;
    userId: string;
    role: MembershipRole;
    actorUserId: string | null;
    existingOnly?: boolean;
  },
): Promise<RoleChange> {
  const previousRole = await lockRoleChange(tx, params.organisationId, params.userId, params.role);
  if (previousRole === null && params.existingOnly) throw new NotFoundError("membership", params.userId);
  await tx
    .insert(memberships)
    .values({ organisationId: params.organisationId, userId: params.userId, role: params.role })
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.organisationId],
      set: { role: params.role },
    });
  if (previousRole !== params.role) {
    await recordAudit(tx, {
      actorUserId: params.actorUserId,
      organisationId: params.organisationId,
      action: "membership.setRole",
      entity: "membership",
      entityId: params.userId,
      details: { role: params.role, previousRole },
    });
  }
  return { userId: params.userId, organisationId: params.organisationId, role: params.role, previousRole };
}

/** Ends a membership; the last admin cannot be removed. Returns false when there was no membership. */
export async function removeMember(
  db: Database,
  params: { organisationId: string; userId: string; actorUserId: string | null },
): Promise<boolean> {
  if (!isUuid(params.organisationId)) return false;
  return db.transaction(async (tx) => {
    const previousRole = await lockRoleChange(tx, params.organisationId, params.userId, null);
    if (previousRole === null) return false;
    await tx
      .delete(memberships)
      .where(
        and(eq(memberships.organisationId, params.organisationId), eq(memberships.userId, params.userId)),
      );
    await recordAudit(tx, {
      actorUserId: params.actorUserId,
      organisationId: params.organisationId,
      action: "membership.remove",
      entity: "membership",
      entityId: params.userId,
      details: { previousRole },
    });
    return true;
  });
}

/**
 * Locks the organisation's row, so that concurrent role changes in one organisation run one after another and
 * two admins cannot demote each other at once; then checks that an admin remains. Returns the current role.
 */
async function lockRoleChange(
  tx: Database,
  organisationId: string,
  userId: string,
  nextRole: MembershipRole | null,
): Promise<MembershipRole | null> {
  const [organisation] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("update");
  if (!organisation) throw new NotFoundError("organisation", organisationId);
  const [current] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  const previousRole = current?.role ?? null;
  if (previousRole === "admin" && nextRole !== "admin") {
    const [otherAdmin] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          eq(memberships.role, "admin"),
          ne(memberships.userId, userId),
        ),
      )
      .limit(1);
    if (!otherAdmin) throw new LastAdminError(organisationId);
  }
  return previousRole;
}
