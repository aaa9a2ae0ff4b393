// A horizontal bar chart drawn in SVG, always with a sentence that says what it shows and a table of its data
// (WCAG 1.1.1, 1.4.1): the bars are for the eye; the sentence and table carry the same information in text.

export interface HorizontalBarChartRow {
  label: string;
  value: number;
  /** The value as the reader should see it ("−74 %", "3"). */
  valueText: string;
}

export interface HorizontalBarChartProps {
  /** A sentence saying what the chart shows and what stands out. */
  summary: string;
  rows: readonly HorizontalBarChartRow[];
  /** Column headings of the data table. */
  labelHeading: string;
  valueHeading: string;
  /** Extra columns of the table, beside the value (e.g. the kind of group). */
  extraColumns?: readonly { heading: string; values: readonly string[] }[];
  /** The table caption (visible above the table). */
  tableCaption: string;
  /** "details": the table sits in a disclosure, for pages with several charts. */
  table?: "visible" | "details";
  showTableLabel?: string;
}

/** Bar geometry on a 0–100 track with a zero line, so that falls (negative) and rises share one scale. */
function scale(rows: readonly HorizontalBarChartRow[]) {
  const min = Math.min(0, ...rows.map((row) => row.value));
  const max = Math.max(0, ...rows.map((row) => row.value));
  const span = max - min || 1;
  const zero = ((0 - min) / span) * 100;
  return (value: number) => {
    const at = ((value - min) / span) * 100;
    return { x: Math.min(at, zero), width: Math.max(Math.abs(at - zero), value === 0 ? 0 : 0.5), zero };
  };
}

/** One bar per row (a share, a count), for a few labelled rows; negative values fall left of a zero line. */
export function HorizontalBarChart(props: HorizontalBarChartProps) {
  const place = scale(props.rows);
  const negative = props.rows.some((row) => row.value < 0);
  const table = (
    <div className="table-scroll" role="region" aria-label={props.tableCaption} tabIndex={0}>
      <table className="data-table">
        <caption>{props.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeading}</th>
            {props.extraColumns?.map((column) => (
              <th scope="col" key={column.heading}>
                {column.heading}
              </th>
            ))}
            <th scope="col" className="data-table__number">
              {props.valueHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{row.label}</th>
              {props.extraColumns?.map((column) => (
                <td key={column.heading}>{column.values[index]}</td>
              ))}
              <td className="data-table__number">{row.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__summary">{props.summary}</figcaption>
      {/* The sentence above and the table below say all the bars do. */}
      <div className="bar-chart__rows" aria-hidden="true">
        {props.rows.map((row, index) => {
          const bar = place(row.value);
          return (
            <div className="bar-chart__row" key={index}>
              <span className="bar-chart__label">{row.label}</span>
              <svg
                className="bar-chart__track"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                focusable="false"
              >
                <rect className="bar-chart__bar" x={bar.x} y={1} width={bar.width} height={8} />
                {negative ? (
                  <line className="bar-chart__zero" x1={bar.zero} x2={bar.zero} y1={0} y2={10} />
                ) : null}
              </svg>
              <span className="bar-chart__value">{row.valueText}</span>
            </div>
          );
        })}
      </div>
      {props.table === "details" ? (
        <details className="bar-chart__details">
          <summary>{props.showTableLabel}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </figure>
  );
}
