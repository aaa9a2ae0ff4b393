import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { ScenarioList } from "@/scenario/list/ScenarioList";
import { requireMembership } from "@/session/current";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("list");
  return { title: t("title") };
}

export default async function ScenarioListPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { membership } = await requireMembership(locale, getPathname({ locale, href: "/" }));
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return (
    <ScenarioList
      organisationName={membership.organisationName}
      q={single(query.q)?.slice(0, 200) ?? ""}
      includeArchived={single(query.archived) === "1"}
      cursor={single(query.cursor)}
      compareError={single(query.compare) === "count"}
    />
  );
}
