import { priceIndexFor, type PriceIndexBasis } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatMonth, formatYear } from "@/format/numbers";

/** Names the KPI figure a price year is measured with: "KPI november 2024, senaste tillgängliga". */
export function usePriceBasis() {
  const t = useTranslations("report.priceBasis");
  const locale = useLocale();
  return (basis: PriceIndexBasis) =>
    basis.kind === "latestMonth" ? t("latestMonth", { month: formatMonth(locale, basis.year, basis.month) }) : t(basis.kind, { year: formatYear(locale, basis.year) });
}

/** The basis of a price year's index, or null for a year before KPI starts (no index to name). */
export function priceBasisOf(year: number): PriceIndexBasis | null {
  try {
    return priceIndexFor(year).basis;
  } catch {
    return null;
  }
}
