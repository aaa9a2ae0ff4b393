import type { axisTicks } from "./ticks.ts";

type Tick = ReturnType<typeof axisTicks>["ticks"][number];

/** Horizontal gridlines with their labels left of the plot; the zero line drawn stronger. */
export function ValueAxis({ ticks, at, left, right }: { ticks: readonly Tick[]; at: (value: number) => number; left: number; right: number }) {
  return (
    <>
      {ticks.map((tick, index) => (
        <g key={index}>
          <line x1={left} x2={right} y1={at(tick.value)} y2={at(tick.value)} className={tick.value === 0 ? "axis-zero" : "gridline"} />
          <text x={left - 6} y={at(tick.value) + 4} textAnchor="end" className="tick">
            {tick.label}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * Which category labels to draw: at most `most`, evenly spaced, and never one that reads like the label drawn
 * before it (histogram bins rounded to the same "2 mnkr").
 */
export function categoryLabels(categories: readonly string[], most = 12): (string | null)[] {
  const every = Math.ceil(categories.length / most);
  let previous: string | null = null;
  return categories.map((category, index) => {
    if (index % every !== 0 || category === previous) return null;
    previous = category;
    return category;
  });
}
