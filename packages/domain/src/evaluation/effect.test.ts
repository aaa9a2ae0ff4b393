import { describe, expect, it } from "vitest";
import { estimateEffect, estimateEffectFromLevels } from "./effect.ts";

describe("estimateEffect", () => {
  it("gives the seed document's worked case: a reduction of 0.44–0.54", () => {
    const estimate = estimateEffect({
      treatmentChange: -0.74,
      controls: [
        { label: "wait-list control", change: -0.2 },
        { label: "stratified control", change: -0.3 },
      ],
    });
    expect(estimate.estimates.map((e) => e.label)).toEqual(["wait-list control", "stratified control"]);
    expect(estimate.estimates[0]?.reduction).toBeCloseTo(0.54, 12);
    expect(estimate.estimates[1]?.reduction).toBeCloseTo(0.44, 12);
    expect(estimate.low).toBeCloseTo(0.44, 12);
    expect(estimate.high).toBeCloseTo(0.54, 12);
    expect(estimate.central).toBeCloseTo(0.49, 12);
  });

  it("is negative when the treated group did worse, and a point with one control", () => {
    const estimate = estimateEffect({ treatmentChange: 0.1, controls: [{ label: "c", change: -0.05 }] });
    expect(estimate.low).toBeCloseTo(-0.15, 12);
    expect(estimate.high).toBe(estimate.low);
    expect(estimate.central).toBe(estimate.low);
  });

  it("validates its input", () => {
    expect(() => estimateEffect({ treatmentChange: -0.5, controls: [] })).toThrow(/comparison group/);
    expect(() =>
      estimateEffect({ treatmentChange: Number.NaN, controls: [{ label: "c", change: 0 }] }),
    ).toThrow();
    expect(() => estimateEffect({ treatmentChange: -1.5, controls: [{ label: "c", change: 0 }] })).toThrow(
      /below -1/,
    );
  });
});

describe("estimateEffectFromLevels", () => {
  it("computes each change as (after − before) / before", () => {
    const estimate = estimateEffectFromLevels({
      treatment: { before: 100, after: 26 },
      controls: [
        { label: "wait-list control", before: 50, after: 40 },
        { label: "stratified control", before: 200, after: 140 },
      ],
    });
    expect(estimate.low).toBeCloseTo(0.44, 12);
    expect(estimate.high).toBeCloseTo(0.54, 12);
    expect(estimate.central).toBeCloseTo(0.49, 12);
  });

  it("refuses a zero or negative starting count", () => {
    const controls = [{ label: "c", before: 10, after: 5 }];
    expect(() => estimateEffectFromLevels({ treatment: { before: 0, after: 5 }, controls })).toThrow(
      /before/,
    );
    expect(() => estimateEffectFromLevels({ treatment: { before: 10, after: -1 }, controls })).toThrow(
      /negative/,
    );
  });
});
