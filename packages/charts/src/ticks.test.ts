import { describe, expect, it } from "vitest";
import { axisTicks, niceStep, niceTicks } from "./ticks.ts";

/** Ranges of every kind: crossing 0, negative only, tiny, huge, one value, offset from 0 by far more than their span. */
const ranges: [number, number][] = [
  [0, 1],
  [0, 8_595_915],
  [-200_000, 8_595_915],
  [-4_700_000, 12_300_000],
  [-1, -0.2],
  [-3e7, -2.9e7],
  [0, 1e-9],
  [-3e-12, 7e-12],
  [1_000_000, 1_000_000.001],
  [0.1, 0.3],
  [5, 5],
  [0, 0],
  [-7, -7],
  [123_456_789, 987_654_321],
  [-0.03, 0.04],
];

describe("niceTicks", () => {
  it.each(ranges)("gives distinct ascending round ticks covering %d..%d", (min, max) => {
    for (const count of [2, 3, 5, 8]) {
      const { values, min: low, max: high } = niceTicks(min, max, count);
      expect(new Set(values).size).toBe(values.length);
      expect([...values].sort((a, b) => a - b)).toEqual(values);
      expect(values.length).toBeGreaterThanOrEqual(2);
      expect(values.length).toBeLessThanOrEqual(count * 2 + 3);
      expect(low).toBeLessThanOrEqual(Math.min(min, max));
      expect(high).toBeGreaterThanOrEqual(Math.max(min, max));
      if (min < 0 && max > 0) expect(values).toContain(0);
      expect(values.some((value) => Object.is(value, -0))).toBe(false);
    }
  });

  it("steps by 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(8_795_915, 5)).toBe(2_000_000);
    expect(niceStep(0.2, 4)).toBe(0.05);
    expect(niceTicks(-200_000, 8_595_915, 5).values).toEqual([-2_000_000, 0, 2_000_000, 4_000_000, 6_000_000, 8_000_000, 10_000_000]);
    expect(niceTicks(0.1, 0.3, 4).values).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });
});

describe("axisTicks", () => {
  // The calculator's short money format: millions with one decimal, which rounds small values to "0 mnkr".
  const millions = (value: number) => `${(Math.round(value / 100_000) / 10).toFixed(1).replace("-0.0", "0.0")} mnkr`;

  it.each(ranges)("never draws a label twice for %d..%d", (min, max) => {
    for (const format of [millions, (value: number) => String(Math.round(value)), (value: number) => value.toPrecision(2)]) {
      const { ticks } = axisTicks([min, max], format);
      const labels = ticks.map((tick) => tick.label);
      expect(new Set(labels).size).toBe(labels.length);
      expect(new Set(ticks.map((tick) => tick.value)).size).toBe(ticks.length);
    }
  });

  it("keeps 0 and the data within the axis", () => {
    const axis = axisTicks([120, 480], String);
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(480);
    expect(axisTicks([-50, -10], String).max).toBe(0);
    expect(axisTicks([120, 480], String, { includeZero: false }).min).toBeGreaterThan(0);
  });

  it("falls back to coarser ticks when a format merges neighbours", () => {
    // 0, 100 000, 200 000 … all read "0.0 mnkr" or "0.1 mnkr" in steps of 0.1: five ticks would repeat a label.
    const { ticks } = axisTicks([0, 240_000], millions);
    expect(ticks.map((tick) => tick.label)).toEqual(["0.0 mnkr", "0.1 mnkr", "0.2 mnkr", "0.3 mnkr"]);
  });
});

describe("categoryLabels", () => {
  it("draws at most twelve labels and never the same label twice in a row", async () => {
    const { categoryLabels } = await import("./axis.tsx");
    const bins = ["−1 mnkr", "0 mnkr", "0 mnkr", "0 mnkr", "1 mnkr", "1 mnkr", "2 mnkr"];
    expect(categoryLabels(bins)).toEqual(["−1 mnkr", "0 mnkr", null, null, "1 mnkr", null, "2 mnkr"]);
    const years = Array.from({ length: 30 }, (_, index) => String(2026 + index));
    expect(categoryLabels(years).filter((label) => label !== null)).toHaveLength(10);
  });
});
