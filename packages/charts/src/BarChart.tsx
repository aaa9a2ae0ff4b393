import { categoryLabels, ValueAxis } from "./axis.tsx";
import { Legend } from "./Legend.tsx";
import { axisTicks, scaleLinear } from "./ticks.ts";

export interface BarSeries {
  name: string;
  values: readonly number[];
  /** A CSS class of the app (`series-costs`, `series-benefits` …) with a fill of enough contrast. */
  className: string;
}

export interface BarChartProps {
  categories: readonly string[];
  series: readonly BarSeries[];
  formatValue: (value: number) => string;
  /** Draws a marker above one category, e.g. the payback year. */
  markedCategory?: number | null;
  height?: number;
}

const width = 640;
const margin = { top: 16, right: 12, bottom: 36, left: 84 };

/** Grouped vertical bars that may go below zero, on an axis of round ticks. */
export function BarChart({ categories, series, formatValue, markedCategory = null, height = 260 }: BarChartProps) {
  const axis = axisTicks(
    series.flatMap((item) => item.values),
    formatValue,
  );
  const at = scaleLinear(axis.min, axis.max, height - margin.bottom, margin.top);
  const band = (width - margin.left - margin.right) / Math.max(1, categories.length);
  const barWidth = Math.max(2, (band * 0.8) / Math.max(1, series.length));
  const labels = categoryLabels(categories);
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart__svg" focusable="false">
        <ValueAxis ticks={axis.ticks} at={at} left={margin.left} right={width - margin.right} />
        {categories.map((_, index) => {
          const x = margin.left + index * band + band * 0.1;
          const label = labels[index];
          return (
            <g key={index}>
              {series.map((item, seriesIndex) => {
                const value = item.values[index] ?? 0;
                return (
                  <rect
                    key={seriesIndex}
                    x={x + seriesIndex * barWidth}
                    y={Math.min(at(value), at(0))}
                    width={barWidth - 1}
                    height={Math.max(0.5, Math.abs(at(value) - at(0)))}
                    className={item.className}
                  />
                );
              })}
              {label ? (
                <text x={x + (barWidth * series.length) / 2} y={height - margin.bottom + 16} textAnchor="middle" className="tick">
                  {label}
                </text>
              ) : null}
              {markedCategory === index ? <path d={`M ${x + (barWidth * series.length) / 2} ${margin.top - 2} l -6 -8 h 12 z`} className="marker" /> : null}
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
    </>
  );
}
