import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { NewScenario } from "@/scenario/create/NewScenario";
import { requireMembership } from "@/session/current";
import { firstValue, type SearchParams } from "@/routing/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("create");
  return { title: t("title") };
}

export default async function NewScenarioPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const search = new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
  ).toString();
  await requireMembership(
    locale,
    `${getPathname({ locale, href: "/scenarios/new" })}${search ? `?${search}` : ""}`,
  );
  return (
    <NewScenario
      template={firstValue(query.template)}
      initiative={firstValue(query.initiative)}
      effectLow={firstValue(query.effectLow)}
      effectHigh={firstValue(query.effectHigh)}
    />
  );
}
