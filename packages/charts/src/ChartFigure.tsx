import { useId, type ReactNode } from "react";

export interface ChartTable {
  columns: readonly string[];
  /** The first cell of each row names it (a year, a payer); the others are formatted values. */
  rows: readonly (readonly string[])[];
}

export interface ChartFigureProps {
  title: string;
  /** One sentence saying what the chart shows and what stands out. */
  sentence: string;
  table: ChartTable;
  /** The text of the disclosure that opens the table ("Visa tabellen för …"), translated by the app. */
  showTableLabel: string;
  children: ReactNode;
  /** Shows the table open, as a printed report needs. */
  expanded?: boolean;
}

/**
 * Every chart is a figure with a heading, one sentence saying what it shows, and its data as a table. The drawing
 * itself is hidden from assistive technology: the sentence and the table carry the same information.
 */
export function ChartFigure({ title, sentence, table, showTableLabel, children, expanded = false }: ChartFigureProps) {
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
        <summary>{showTableLabel}</summary>
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={index} scope="col" className={index > 0 ? "number" : undefined}>
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
