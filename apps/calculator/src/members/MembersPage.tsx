import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { serverApi } from "@/api/server";
import { getPathname } from "@/i18n/navigation";
import { AppHeader } from "@/layout/AppHeader";
import { requireMembership } from "@/session/current";
import { InvitationList } from "./InvitationList";
import { InviteForm } from "./InviteForm";
import { MemberList } from "./MemberList";
import { isLocalisedFor, membersPath } from "./paths";

/**
 * Members, roles and invitations of the organisation the admin works in. Anyone else is sent to the scenario
 * list (the API refuses them too), and the header shows them no link here.
 */
export async function MembersPage({ locale, pathLanguage }: { locale: string; pathLanguage: "sv" | "en" }) {
  const path = getPathname({ locale, href: membersPath(locale) });
  if (!isLocalisedFor(pathLanguage, locale)) redirect(path);
  const { user, membership } = await requireMembership(locale, path);
  if (membership.role !== "admin") redirect(getPathname({ locale, href: "/" }));

  const [t, api] = await Promise.all([getTranslations("members"), serverApi()]);
  const [members, invitations] = await Promise.all([api.member.list.query(), api.member.listInvitations.query()]);
  // A server component renders once per request, so this is the request's time, not a value that changes between
  // renders (the rule's concern); the invitations' expiry is judged against it.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page members">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro", { organisation: membership.organisationName })}</p>
        <MemberList members={members} currentUserId={user.userId} organisationName={membership.organisationName} />
        <InviteForm />
        <InvitationList invitations={invitations.map((item) => ({ ...item, expired: Date.parse(item.expiresAt) <= now }))} />
      </main>
    </>
  );
}
