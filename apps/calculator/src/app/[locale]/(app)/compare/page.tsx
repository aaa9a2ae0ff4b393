import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { Comparison } from "@/scenario/compare/Comparison";
import { isScenarioId } from "@/scenario/load";
import { requireMembership } from "@/session/current";
import { type SearchParams } from "@/routing/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("title") };
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).ids;
  const ids = [...new Set((Array.isArray(raw) ? raw : raw ? raw.split(",") : []).filter(isScenarioId))];
  const query = new URLSearchParams(ids.map((id) => ["ids", id])).toString();
  await requireMembership(locale, `${getPathname({ locale, href: "/compare" })}?${query}`);
  if (ids.length < 2 || ids.length > 4)
    redirect(getPathname({ locale, href: { pathname: "/", query: { compare: "count" } } }));
  return <Comparison ids={ids} />;
}
