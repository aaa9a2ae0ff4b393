import { ChartFigure as Figure, type ChartFigureProps } from "@insats/charts";
import { useTranslations } from "next-intl";

export type { ChartTable } from "@insats/charts";

/** The package's figure with the calculator's words for opening its table. */
export function ChartFigure(props: Omit<ChartFigureProps, "showTableLabel">) {
  const t = useTranslations("charts");
  return <Figure {...props} showTableLabel={t("showTable", { title: props.title })} />;
}
