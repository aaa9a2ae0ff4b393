import { Legend } from "./Legend";
import { linearScale } from "./scale";

export interface BarSeries {
  name: string;
  values: readonly number[];
  /** A CSS class from globals.css (`series-costs`, `series-benefits` …) with a fill of enough contrast. */
  className: string;
}

interface BarChartProps {
  categories: readonly string[];
  series: readonly BarSeries[];
  formatValue: (value: number) => string;
  /** Draws a marker above one category, e.g. the payback year. */
  markedCategory?: number | null;
  height?: number;
}

const width = 640;
const margin = { top: 16, right: 12, bottom: 36, left: 84 };

/** Grouped vertical bars that may go below zero. */
export function BarChart({ categories, series, formatValue, markedCategory = null, height = 260 }: BarChartProps) {
  const scale = linearScale(series.flatMap((item) => item.values), height - margin.bottom, margin.top);
  const band = (width - margin.left - margin.right) / Math.max(1, categories.length);
  const barWidth = Math.max(2, (band * 0.8) / Math.max(1, series.length));
  const labelEvery = Math.ceil(categories.length / 12);
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart__svg" focusable="false">
        {[scale.max, 0, scale.min].map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={scale.at(tick)} y2={scale.at(tick)} className={tick === 0 ? "axis-zero" : "gridline"} />
            <text x={margin.left - 6} y={scale.at(tick) + 4} textAnchor="end" className="tick">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, index) => {
          const x = margin.left + index * band + band * 0.1;
          return (
            <g key={category}>
              {series.map((item, seriesIndex) => {
                const value = item.values[index] ?? 0;
                const y = Math.min(scale.at(value), scale.at(0));
                return (
                  <rect
                    key={item.name}
                    x={x + seriesIndex * barWidth}
                    y={y}
                    width={barWidth - 1}
                    height={Math.max(0.5, Math.abs(scale.at(value) - scale.at(0)))}
                    className={item.className}
                  />
                );
              })}
              {index % labelEvery === 0 ? (
                <text x={x + (barWidth * series.length) / 2} y={height - margin.bottom + 16} textAnchor="middle" className="tick">
                  {category}
                </text>
              ) : null}
              {markedCategory === index ? (
                <path d={`M ${x + (barWidth * series.length) / 2} ${margin.top - 2} l -6 -8 h 12 z`} className="marker" />
              ) : null}
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
    </>
  );
}
