import { compileScenario, tabulateFlows, type ScenarioModel } from "./model.ts";
import {
  requireScenarioInput,
  type Payer,
  type ScenarioInputJson,
  type ScenarioResult,
  type ScenarioYear,
} from "./schema.ts";

/**
 * The first offset from which a cumulative series stays ≥ 0 to the end of the horizon; 0 when it is never
 * negative; null when it is still negative in the last year (docs/calculation.md, "Formulas").
 */
export function paybackOffset(cumulative: ArrayLike<number>): number | null {
  const last = cumulative.length - 1;
  if (last < 0 || (cumulative[last] as number) < 0) return null;
  for (let t = last; t >= 0; t--) if ((cumulative[t] as number) < 0) return t + 1;
  return 0;
}

/**
 * numerator / denominator, or null when the denominator is 0 (docs/calculation.md) or so close to 0 that the ratio is
 * not a finite number (amounts of 1e-300 SEK): an infinite ratio means as little as a missing one.
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

function record<T>(keys: readonly string[], value: (key: string, index: number) => T): Record<string, T> {
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  return Object.fromEntries(keys.map((key, index) => [key, value(key, index)]));
}

function payerRecord<T>(payers: readonly Payer[], value: (payer: Payer, index: number) => T) {
  return record(payers, (payer, index) => value(payer as Payer, index)) as Partial<Record<Payer, T>>;
}

/** Computes a scenario at the base values of its uncertain fields (docs/calculation.md, "What computeScenario returns"). */
export function computeScenario(input: ScenarioInputJson): ScenarioResult {
  const model = compileScenario(requireScenarioInput(input));
  return tabulateScenario(model, model.base);
}

function tabulateScenario(model: ScenarioModel, values: Float64Array): ScenarioResult {
  const { horizon, payers, discountFactors: df } = model;
  const flows = tabulateFlows(model, values);
  const outcomeIds = model.outcomes.map((outcome) => outcome.id);

  const years: ScenarioYear[] = [];
  const cumulativeNet = new Float64Array(horizon);
  const cumulativePvNet = new Float64Array(horizon);
  let costs = 0;
  let benefits = 0;
  let pvCosts = 0;
  let pvBenefits = 0;
  for (let t = 0; t < horizon; t++) {
    const discountFactor = df[t] as number;
    const yearCosts = flows.costs[t] as number;
    const yearBenefits = flows.benefits[t] as number;
    const net = yearBenefits - yearCosts;
    const yearPvCosts = yearCosts * discountFactor;
    const yearPvBenefits = yearBenefits * discountFactor;
    costs += yearCosts;
    benefits += yearBenefits;
    pvCosts += yearPvCosts;
    pvBenefits += yearPvBenefits;
    cumulativeNet[t] = benefits - costs;
    cumulativePvNet[t] = pvBenefits - pvCosts;
    years.push({
      offset: t,
      year: model.startYear + t,
      costs: yearCosts,
      benefits: yearBenefits,
      net,
      cumulativeNet: cumulativeNet[t] as number,
      discountFactor,
      pvCosts: yearPvCosts,
      pvBenefits: yearPvBenefits,
      pvNet: yearPvBenefits - yearPvCosts,
      cumulativePvNet: cumulativePvNet[t] as number,
      byPayer: payerRecord(payers, (_, p) => {
        const c = flows.payerCosts[p * horizon + t] as number;
        const b = flows.payerBenefits[p * horizon + t] as number;
        return { costs: c, benefits: b, net: b - c };
      }),
      unitsAvoided: record(outcomeIds, (_, o) => flows.unitsByOutcome[o]?.[t] as number),
      benefitsByOutcome: record(outcomeIds, (_, o) => flows.benefitsByOutcome[o]?.[t] as number),
    });
  }

  const presentValue = (series: Float64Array, from = 0) => {
    let total = 0;
    for (let t = 0; t < horizon; t++) total += (series[from + t] as number) * (df[t] as number);
    return total;
  };
  const sum = (series: Float64Array) => series.reduce((total, value) => total + value, 0);
  const npv = pvBenefits - pvCosts;

  return {
    years,
    totals: {
      costs,
      benefits,
      net: benefits - costs,
      pvCosts,
      pvBenefits,
      npv,
      bcr: ratio(pvBenefits, pvCosts),
      roi: ratio(npv, pvCosts),
      paybackOffset: paybackOffset(cumulativeNet),
      discountedPaybackOffset: paybackOffset(cumulativePvNet),
      breakEvenEffectScale: pvBenefits > 0 ? ratio(pvCosts, pvBenefits) : null,
    },
    byPayer: payerRecord(payers, (_, p) => {
      const payerPvCosts = presentValue(flows.payerCosts, p * horizon);
      const payerPvBenefits = presentValue(flows.payerBenefits, p * horizon);
      return { pvCosts: payerPvCosts, pvBenefits: payerPvBenefits, npv: payerPvBenefits - payerPvCosts };
    }),
    byOutcome: record(outcomeIds, (_, o) => ({
      pvBenefits: presentValue(flows.benefitsByOutcome[o] as Float64Array),
      unitsAvoided: sum(flows.unitsByOutcome[o] as Float64Array),
    })),
  };
}
