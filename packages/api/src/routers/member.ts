import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  changeMemberRole,
  createInvitation,
  invitationValidDays,
  listInvitations,
  listMembers,
  type PendingInvitation,
  removeMember,
  revokeInvitation,
} from "@insats/db";
import { roles } from "../auth/roles.ts";
import { invitationLinks, invitationMail } from "../mail/mailer.ts";
import { createTRPCRouter, memberProcedure, memberWriteProcedure } from "../trpc.ts";

const admin = memberWriteProcedure("admin");

const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  memberSince: z.iso.datetime(),
});

const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  invitedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

const userIdSchema = z.string().min(1).max(100);

function invitationOut(invitation: PendingInvitation): z.infer<typeof invitationSchema> {
  return {
    ...invitation,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/**
 * Members, roles and invitations of the admin's own organisation. Nobody becomes a member by an admin typing their
 * address: `invite` sends a link, and the role attaches to whoever proves the address by opening it
 * (`invitation.accept`).
 */
export const memberRouter = createTRPCRouter({
  list: memberProcedure("admin")
    .output(z.array(memberSchema))
    .query(async ({ ctx }) =>
      (await listMembers(ctx.db, { organisationId: ctx.membership.organisationId })).map((member) => ({
        ...member,
        memberSince: member.memberSince.toISOString(),
      })),
    ),

  /**
   * Invites an address with a role. With a mail server configured the link is mailed (`delivery: "email"`);
   * without one, or when the server refused the mail, the link comes back for the admin to pass on.
   */
  invite: admin
    .input(
      z.strictObject({
        email: z.email({ error: "Expected an email address" }).max(254),
        role: z.enum(roles),
      }),
    )
    .output(
      z.object({
        invitation: invitationSchema,
        delivery: z.enum(["email", "link", "emailFailed"]),
        links: z.object({ sv: z.url(), en: z.url() }).nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { invitation, token } = await createInvitation(ctx.db, {
        organisationId: ctx.membership.organisationId,
        email: input.email,
        role: input.role,
        invitedByUserId: ctx.session.userId,
      });
      const links = invitationLinks(ctx.calculatorUrl, token);
      if (!ctx.mailer) return { invitation: invitationOut(invitation), delivery: "link" as const, links };
      try {
        await ctx.mailer.send(
          invitationMail({
            to: invitation.email,
            organisationName: ctx.membership.organisationName,
            inviterName: ctx.session.name,
            role: invitation.role,
            links,
            validDays: invitationValidDays,
          }),
        );
        return { invitation: invitationOut(invitation), delivery: "email" as const, links: null };
      } catch (error) {
        console.error("[api] member.invite: the invitation mail was not sent:", error);
        return { invitation: invitationOut(invitation), delivery: "emailFailed" as const, links };
      }
    }),

  /** Invitations neither accepted nor revoked, newest first; expired ones too (`expiresAt` says so). */
  listInvitations: memberProcedure("admin")
    .output(z.array(invitationSchema))
    .query(async ({ ctx }) =>
      (await listInvitations(ctx.db, { organisationId: ctx.membership.organisationId })).map(invitationOut),
    ),

  revokeInvitation: admin
    .input(z.strictObject({ invitationId: z.uuid() }))
    .output(z.object({ revoked: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const revoked = await revokeInvitation(ctx.db, {
        organisationId: ctx.membership.organisationId,
        invitationId: input.invitationId,
        actorUserId: ctx.session.userId,
      });
      if (!revoked) throw new TRPCError({ code: "NOT_FOUND", message: "Invitation not found" });
      return { revoked: true as const };
    }),

  /** Changes a member's role; the last admin cannot be demoted (CONFLICT). */
  setRole: admin
    .input(z.strictObject({ userId: userIdSchema, role: z.enum(roles) }))
    .output(z.object({ userId: z.string(), role: z.enum(roles), previousRole: z.enum(roles).nullable() }))
    .mutation(async ({ ctx, input }) => {
      const changed = await changeMemberRole(ctx.db, {
        organisationId: ctx.membership.organisationId,
        userId: input.userId,
        role: input.role,
        actorUserId: ctx.session.userId,
      });
      return { userId: changed.userId, role: changed.role, previousRole: changed.previousRole };
    }),

  /** Ends a membership; the last admin cannot be removed (CONFLICT). */
  remove: admin
    .input(z.strictObject({ userId: userIdSchema }))
    .output(z.object({ removed: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const removed = await removeMember(ctx.db, {
        organisationId: ctx.membership.organisationId,
        userId: input.userId,
        actorUserId: ctx.session.userId,
      });
      if (!removed) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found" });
      return { removed };
    }),
});
