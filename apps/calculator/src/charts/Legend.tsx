export interface LegendItem {
  name: string;
  className: string;
}

export function Legend({ series }: { series: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {series.map((item) => (
        <li key={item.name}>
          <svg width="12" height="12" focusable="false">
            <rect width="12" height="12" className={item.className} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
