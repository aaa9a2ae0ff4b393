import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MembersPage } from "@/members/MembersPage";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("title") };
}

// The English path of the members page (src/members/paths.ts).
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <MembersPage locale={locale} pathLanguage="en" />;
}
