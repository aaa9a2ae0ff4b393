import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { ScenarioList } from "@/scenario/list/ScenarioList";
import { requireMembership } from "@/session/current";
import { firstValue, type SearchParams } from "@/routing/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("list");
  return { title: t("title") };
}

export default async function ScenarioListPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { membership } = await requireMembership(locale, getPathname({ locale, href: "/" }));
  return (
    <ScenarioList
      organisationName={membership.organisationName}
      q={firstValue(query.q)?.slice(0, 200) ?? ""}
      includeArchived={firstValue(query.archived) === "1"}
      cursor={firstValue(query.cursor)}
      compareError={firstValue(query.compare) === "count"}
    />
  );
}
