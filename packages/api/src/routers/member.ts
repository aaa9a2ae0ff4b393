import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { findUserByEmail, listMembers, removeMember, setMemberRole } from "@insats/db";
import { roles } from "../auth/roles.ts";
import { createTRPCRouter, memberProcedure, memberWriteProcedure } from "../trpc.ts";

const admin = memberWriteProcedure("admin");

const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  memberSince: z.iso.datetime(),
});

/** Members and roles of the admin's own organisation. */
export const memberRouter = createTRPCRouter({
  list: memberProcedure("admin")
    .output(z.array(memberSchema))
    .query(async ({ ctx }) =>
      (await listMembers(ctx.db, { organisationId: ctx.membership.organisationId })).map((member) => ({
        ...member,
        memberSince: member.memberSince.toISOString(),
      })),
    ),

  /** Adds a registered user by email, or changes a member's role. */
  setRole: admin
    .input(z.strictObject({ email: z.email({ error: "Expected an email address" }), role: z.enum(roles) }))
    .output(z.object({ userId: z.string(), role: z.enum(roles), previousRole: z.enum(roles).nullable() }))
    .mutation(async ({ ctx, input }) => {
      const user = await findUserByEmail(ctx.db, { email: input.email });
      if (!user) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No user with that email; ask them to sign up first" });
      }
      const changed = await setMemberRole(ctx.db, {
        organisationId: ctx.membership.organisationId,
        userId: user.id,
        role: input.role,
        actorUserId: ctx.session.userId,
      });
      return { userId: changed.userId, role: changed.role, previousRole: changed.previousRole };
    }),

  remove: admin
    .input(z.strictObject({ userId: z.string().min(1).max(100) }))
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
