import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InvitationPage } from "@/members/InvitationPage";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.accept");
  return { title: t("title") };
}

// The English path of an invitation link (src/members/paths.ts).
export default async function Page({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  return <InvitationPage locale={locale} token={token} pathLanguage="en" />;
}
