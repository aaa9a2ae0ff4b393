import { linearScale } from "./scale";

interface LineChartProps {
  categories: readonly string[];
  values: readonly number[];
  formatValue: (value: number) => string;
  /** A point to mark, e.g. the payback year, with its label. */
  marked?: { index: number; label: string } | null;
  height?: number;
}

const width = 640;
const margin = { top: 20, right: 12, bottom: 36, left: 84 };

/** One series as a line over the categories, with the zero line and an optional marked point. */
export function LineChart({ categories, values, formatValue, marked = null, height = 240 }: LineChartProps) {
  const scale = linearScale(values, height - margin.bottom, margin.top);
  const step = (width - margin.left - margin.right) / Math.max(1, categories.length - 1);
  const x = (index: number) => margin.left + (categories.length === 1 ? (width - margin.left - margin.right) / 2 : index * step);
  const points = values.map((value, index) => `${x(index)},${scale.at(value)}`).join(" ");
  const labelEvery = Math.ceil(categories.length / 12);
  const markedValue = marked ? values[marked.index] : undefined;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="chart__svg" focusable="false">
      {[scale.max, 0, scale.min].map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={scale.at(tick)} y2={scale.at(tick)} className={tick === 0 ? "axis-zero" : "gridline"} />
          <text x={margin.left - 6} y={scale.at(tick) + 4} textAnchor="end" className="tick">
            {formatValue(tick)}
          </text>
        </g>
      ))}
      <polyline points={points} className="line" />
      {values.map((value, index) => (
        <circle key={index} cx={x(index)} cy={scale.at(value)} r={3} className="line-point" />
      ))}
      {categories.map((category, index) =>
        index % labelEvery === 0 ? (
          <text key={category} x={x(index)} y={height - margin.bottom + 16} textAnchor="middle" className="tick">
            {category}
          </text>
        ) : null,
      )}
      {marked && markedValue !== undefined ? (
        <g>
          <circle cx={x(marked.index)} cy={scale.at(markedValue)} r={7} className="marker-ring" />
          <text x={x(marked.index)} y={scale.at(markedValue) - 12} textAnchor="middle" className="marker-label">
            {marked.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
