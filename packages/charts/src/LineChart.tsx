import { categoryLabels, ValueAxis } from "./axis.tsx";
import { axisTicks, scaleLinear } from "./ticks.ts";

export interface LineChartProps {
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
  const axis = axisTicks(values, formatValue);
  const at = scaleLinear(axis.min, axis.max, height - margin.bottom, margin.top);
  const step = (width - margin.left - margin.right) / Math.max(1, categories.length - 1);
  const x = (index: number) => margin.left + (categories.length === 1 ? (width - margin.left - margin.right) / 2 : index * step);
  const points = values.map((value, index) => `${x(index)},${at(value)}`).join(" ");
  const labels = categoryLabels(categories);
  const markedValue = marked ? values[marked.index] : undefined;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="chart__svg" focusable="false">
      <ValueAxis ticks={axis.ticks} at={at} left={margin.left} right={width - margin.right} />
      <polyline points={points} className="line" />
      {values.map((value, index) => (
        <circle key={index} cx={x(index)} cy={at(value)} r={3} className="line-point" />
      ))}
      {labels.map((label, index) =>
        label ? (
          <text key={index} x={x(index)} y={height - margin.bottom + 16} textAnchor="middle" className="tick">
            {label}
          </text>
        ) : null,
      )}
      {marked && markedValue !== undefined ? (
        <g>
          <circle cx={x(marked.index)} cy={at(markedValue)} r={7} className="marker-ring" />
          <text x={x(marked.index)} y={at(markedValue) - 12} textAnchor="middle" className="marker-label">
            {marked.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
