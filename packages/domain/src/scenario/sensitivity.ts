import { compileScenario, evaluateDraws, type UncertainField } from "./model.ts";
import {
  requireScenarioInput,
  type Distribution,
  type ScenarioInputJson,
  type SensitivityRow,
} from "./schema.ts";

/** z of the 5th and 95th percentiles of a normal distribution. */
const z95 = 1.645;

/**
 * The low and high value of a distribution: its min and max; for a normal without its own bound on a side,
 * mean ∓ 1.645 sd, kept within the field's limits (a normal on `effect` never goes beyond ±1).
 */
export function sensitivityRange(
  distribution: Distribution,
  limits: UncertainField["limits"],
): [number, number] {
  if (distribution.dist !== "normal") return [distribution.min, distribution.max];
  const { mean, sd } = distribution;
  return [
    distribution.min ?? Math.max(limits.lower, mean - z95 * sd),
    distribution.max ?? Math.min(limits.upper, mean + z95 * sd),
  ];
}

/**
 * One-way sensitivity (docs/calculation.md, "Sensitivity"): npv with each distribution at its low and its high value,
 * every other field at its base value; rows sorted by the swing |npv(high) − npv(low)|, largest first.
 */
export function sensitivity(input: ScenarioInputJson): SensitivityRow[] {
  const model = compileScenario(requireScenarioInput(input));
  const varied = model.fields.flatMap((field, slot) =>
    typeof field.value === "number"
      ? []
      : [{ field, slot, range: sensitivityRange(field.value, field.limits) }],
  );
  // Every row is two variants of the base case: evaluate all of them as one batch of "draws", where variant
  // 2r holds row r's field at its low value and 2r + 1 at its high value.
  const n = 2 * varied.length;
  const columns: (Float64Array | null)[] = model.fields.map(() => null);
  varied.forEach(({ slot, range: [low, high] }, row) => {
    const column = new Float64Array(n).fill(model.base[slot] as number);
    column[2 * row] = low;
    column[2 * row + 1] = high;
    columns[slot] = column;
  });
  const pvCosts = new Float64Array(n);
  const pvBenefits = new Float64Array(n);
  evaluateDraws(model, columns, n, { pvCosts, pvBenefits, payerNpv: [] });
  const npv = (variant: number) => (pvBenefits[variant] as number) - (pvCosts[variant] as number);

  const rows: SensitivityRow[] = varied.map(({ field, range: [low, high] }, row) => ({
    path: field.path,
    label: field.label,
    low: { value: low, npv: npv(2 * row) },
    high: { value: high, npv: npv(2 * row + 1) },
  }));
  // Array.prototype.sort is stable, so equal swings keep the input's order.
  return rows.sort((x, y) => Math.abs(y.high.npv - y.low.npv) - Math.abs(x.high.npv - x.low.npv));
}
