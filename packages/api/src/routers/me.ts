import { z } from "zod";
import { roles } from "../auth/roles.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Who is signed in, and the organisations they may work in (null when nobody is). */
export const meRouter = createTRPCRouter({
  get: publicProcedure
    .output(
      z
        .object({
          userId: z.string(),
          email: z.string(),
          name: z.string(),
          memberships: z.array(
            z.object({
              organisationId: z.uuid(),
              organisationSlug: z.string(),
              organisationName: z.string(),
              role: z.enum(roles),
            }),
          ),
          activeOrganisationId: z.uuid().nullable(),
        })
        .nullable(),
    )
    .query(async ({ ctx }) => {
      if (!ctx.session) return null;
      const memberships = await ctx.loadMemberships();
      const active = await ctx.resolveMembership();
      return { ...ctx.session, memberships, activeOrganisationId: active?.organisationId ?? null };
    }),
});
