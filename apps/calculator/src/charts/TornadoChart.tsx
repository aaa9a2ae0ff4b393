import { Legend } from "./Legend";
import { linearScale } from "./scale";

export interface TornadoRow {
  label: string;
  low: number;
  high: number;
}

interface TornadoChartProps {
  rows: readonly TornadoRow[];
  /** The result at every base value: the axis the bars swing around. */
  base: number;
  formatValue: (value: number) => string;
  lowName: string;
  highName: string;
}

const width = 640;
const rowHeight = 26;
const margin = { top: 8, right: 16, bottom: 28, left: 220 };

/** Each uncertain input's swing of the result, from its low to its high value, widest first. */
export function TornadoChart({ rows, base, formatValue, lowName, highName }: TornadoChartProps) {
  const height = margin.top + margin.bottom + rows.length * rowHeight;
  const scale = linearScale([base, ...rows.flatMap((row) => [row.low, row.high])], margin.left, width - margin.right);
  const bar = (from: number, to: number, y: number, className: string) => (
    <rect x={Math.min(scale.at(from), scale.at(to))} y={y} width={Math.max(1, Math.abs(scale.at(to) - scale.at(from)))} height={rowHeight - 8} className={className} />
  );
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart__svg" focusable="false">
        {rows.map((row, index) => {
          const y = margin.top + index * rowHeight;
          return (
            <g key={row.label}>
              <text x={margin.left - 6} y={y + rowHeight / 2} textAnchor="end" className="tick">
                {row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}
              </text>
              {bar(base, row.low, y, "series-low")}
              {bar(base, row.high, y, "series-high")}
            </g>
          );
        })}
        <line x1={scale.at(base)} x2={scale.at(base)} y1={margin.top} y2={height - margin.bottom} className="axis-zero" />
        {[scale.min, base, scale.max].map((tick, index) => (
          <text key={index} x={scale.at(tick)} y={height - 8} textAnchor={index === 0 ? "start" : index === 2 ? "end" : "middle"} className="tick">
            {formatValue(tick)}
          </text>
        ))}
      </svg>
      <Legend series={[{ name: lowName, className: "series-low" }, { name: highName, className: "series-high" }]} />
    </>
  );
}
