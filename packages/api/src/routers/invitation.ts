import { z } from "zod";
import { acceptInvitation, peekInvitation } from "@insats/db";
import { hashPassword } from "better-auth/crypto";
import { TRPCError } from "@trpc/server";
import { passwordLength } from "../auth/better-auth.ts";
import { roles } from "../auth/roles.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** The token of an invitation link: 32 random bytes in base64url. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "Not an invitation link" });

/** A write anyone may try, counted against the user (signed in) or the client's address. */
const limitedWrite = publicProcedure.use(async ({ ctx, next }) => {
  await ctx.consumeRateLimit("write");
  return next();
});

/**
 * The invitee's side of an invitation: the link's holder sees what they are invited to, and accepts it signed in
 * (with the invited address) or as a new account. Holding the link proves the address.
 */
export const invitationRouter = createTRPCRouter({
  peek: publicProcedure
    .input(z.strictObject({ token: tokenSchema }))
    .output(
      z.object({
        organisationName: z.string(),
        email: z.string(),
        role: z.enum(roles),
        status: z.enum(["open", "expired", "used"]),
        signInRequired: z.boolean(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const preview = await peekInvitation(ctx.db, { token: input.token });
      if (!preview) throw new TRPCError({ code: "NOT_FOUND", message: "Invitation not found" });
      return preview;
    }),

  /**
   * Accepts as the signed-in user, whose address must be the invited one (FORBIDDEN otherwise), or, signed out,
   * as a new account with `account`'s name and password; the client then signs in with them. An address with a
   * verified account is CONFLICT: its owner signs in first.
   */
  accept: limitedWrite
    .input(
      z.strictObject({
        token: tokenSchema,
        account: z
          .strictObject({
            name: z.string().trim().min(1).max(100),
            password: z.string().min(passwordLength.min).max(passwordLength.max),
          })
          .optional(),
      }),
    )
    .output(z.object({ organisationId: z.uuid(), email: z.string(), role: z.enum(roles) }))
    .mutation(async ({ ctx, input }) => {
      let accepted;
      if (ctx.session) {
        accepted = await acceptInvitation(ctx.db, { token: input.token, userId: ctx.session.userId });
      } else if (input.account) {
        accepted = await acceptInvitation(ctx.db, {
          token: input.token,
          newAccount: { name: input.account.name, passwordHash: await hashPassword(input.account.password) },
        });
      } else {
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in, or give a name and a password for a new account" });
      }
      return { organisationId: accepted.organisationId, email: accepted.email, role: accepted.role };
    }),
});
