export interface LegendItem {
  name: string;
  /** A CSS class of the app with a fill of enough contrast (`series-costs` …). */
  className: string;
}

export function Legend({ series }: { series: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {series.map((item, index) => (
        <li key={index}>
          <svg width="12" height="12" focusable="false">
            <rect width="12" height="12" className={item.className} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
