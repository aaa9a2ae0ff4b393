import { Legend } from "./Legend.tsx";
import { axisTicks, scaleLinear } from "./ticks.ts";

export interface TornadoRow {
  /** The input's name as the reader knows it, already translated ("Effekt – Försörjningsstöd"). */
  label: string;
  low: number;
  high: number;
}

export interface TornadoChartProps {
  rows: readonly TornadoRow[];
  /** The result at every base value: the axis the bars swing around. */
  base: number;
  formatValue: (value: number) => string;
  lowName: string;
  highName: string;
}

/**
 * Each uncertain input's swing of the result, from its low to its high value, widest first. The labels are text
 * beside the bars rather than inside the drawing, so they wrap on a narrow screen instead of being cut.
 */
export function TornadoChart({ rows, base, formatValue, lowName, highName }: TornadoChartProps) {
  // About two steps: the labels sit under a track that may be 200 px wide on a phone, and must not overlap there.
  const axis = axisTicks([base, ...rows.flatMap((row) => [row.low, row.high])], formatValue, { count: 2, includeZero: false });
  const at = scaleLinear(axis.min, axis.max, 0, 100);
  const bar = (from: number, to: number, className: string) => (
    <rect x={Math.min(at(from), at(to))} y={1} width={Math.max(0.3, Math.abs(at(to) - at(from)))} height={8} className={className} />
  );
  return (
    <>
      <div className="tornado">
        {rows.map((row, index) => (
          <div className="tornado__row" key={index}>
            <span className="tornado__label">{row.label}</span>
            <svg className="tornado__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              {bar(base, row.low, "series-low")}
              {bar(base, row.high, "series-high")}
              <line x1={at(base)} x2={at(base)} y1={0} y2={10} className="axis-zero" vectorEffect="non-scaling-stroke" />
            </svg>
          </div>
        ))}
        <div className="tornado__row">
          <span />
          <div className="tornado__ticks">
            {axis.ticks.map((tick, index) => (
              <span
                key={index}
                className="tornado__tick"
                style={{ left: `${at(tick.value)}%`, transform: `translateX(${index === 0 ? 0 : index === axis.ticks.length - 1 ? -100 : -50}%)` }}
              >
                {tick.label}
              </span>
            ))}
          </div>
        </div>
      </div>
      <Legend
        series={[
          { name: lowName, className: "series-low" },
          { name: highName, className: "series-high" },
        ]}
      />
    </>
  );
}
