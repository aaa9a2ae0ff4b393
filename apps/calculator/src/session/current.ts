// Who is signed in and which organisation they work in, resolved once per request from the API.
import { cache } from "react";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { serverApi } from "@/api/server";

export const currentUser = cache(async () => (await serverApi()).me.get.query());

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;
export type Membership = CurrentUser["memberships"][number];

/** Sends the visitor to the login page, coming back to `returnTo` afterwards. */
export function redirectToLogin(locale: string, returnTo: string): never {
  redirect(getPathname({ locale, href: { pathname: "/login", query: { returnTo } } }));
}

/**
 * The signed-in planner and the membership they work in. Without a session: the login page. A member of several
 * organisations who has not chosen one yet (or chose one they have since left): the organisation chooser.
 */
export async function requireMembership(locale: string, returnTo: string) {
  const user = await currentUser();
  if (!user) redirectToLogin(locale, returnTo);
  const membership = user.memberships.find((item) => item.organisationId === user.activeOrganisationId);
  if (!membership) {
    redirect(getPathname({ locale, href: { pathname: "/organisation", query: { returnTo } } }));
  }
  return { user, membership };
}
