import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";

export interface ChartTable {
  columns: readonly string[];
  /** The first cell of each row names it (a year, a payer); the others are formatted values. */
  rows: readonly (readonly string[])[];
}

/**
 * Every chart is a figure with a heading, one sentence saying what it shows, and its data as a table. The drawing
 * itself is hidden from assistive technology: the sentence and the table carry the same information.
 */
export function ChartFigure({ title, sentence, table, children, expanded = false }: { title: string; sentence: string; table: ChartTable; children: ReactNode; expanded?: boolean }) {
  const t = useTranslations("charts");
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="chart__title">
        {title}
      </h4>
      <figcaption className="chart__sentence">{sentence}</figcaption>
      <div className="chart__drawing" aria-hidden="true">
        {children}
      </div>
      <details className="chart__data" open={expanded}>
        <summary>{t("showTable", { title })}</summary>
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={column} scope="col" className={index > 0 ? "number" : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([head, ...cells], rowIndex) => (
                <tr key={rowIndex}>
                  <th scope="row">{head}</th>
                  {cells.map((cell, cellIndex) => (
                    <td key={cellIndex} className="number">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
