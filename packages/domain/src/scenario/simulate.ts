import { compileScenario, evaluateDraws } from "./model.ts";
import { fillDraws, SeededRandom } from "./random.ts";
import {
  requireScenarioInput,
  scenarioLimits,
  simulationOptionsSchema,
  type ScenarioInput,
  type Payer,
  type ScenarioInputJson,
  type SimulationOptions,
  type SimulationResult,
} from "./schema.ts";

/**
 * Excel's PERCENTILE.INC on values sorted ascending: h = (n − 1)p, then linear interpolation between the closest
 * ranks.
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("percentileInc needs at least one value");
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const low = sorted[lower] as number;
  if (lower + 1 >= n) return low;
  return low + (h - lower) * ((sorted[lower + 1] as number) - low);
}

/**
 * Moves the k-th smallest of values[left … right] to index k, with nothing larger before it and nothing smaller
 * after it (Hoare's selection with a median-of-three pivot). Linear on average: the simulation needs three
 * order statistics per series, and a full sort of 10 000 draws would cost more than the draws themselves.
 */
function selectInPlace(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const middle = (left + right) >>> 1;
    const a = values[left] as number;
    const b = values[middle] as number;
    const c = values[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * PERCENTILE.INC at each of `ps` (ascending) without sorting: for each p the ⌊h⌋-th smallest value by selection
 * and the next one as the minimum of what lies above it. Reorders `values`.
 */
export function percentilesInc(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError("percentiles need at least one value");
  let from = 0;
  return ps.map((p) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    selectInPlace(values, k, from, n - 1);
    from = k;
    const low = values[k] as number;
    if (k + 1 >= n || h === k) return low;
    let next = values[k + 1] as number;
    for (let i = k + 2; i < n; i++) if ((values[i] as number) < next) next = values[i] as number;
    return low + (h - k) * (next - low);
  });
}

/** Equal-width bins over [min, max]: √n bins (so that bins hold about √n draws each), at most 30. */
export function histogram(
  values: Float64Array,
  min: number,
  max: number,
): { edges: number[]; counts: number[] } {
  const n = values.length;
  if (n === 0) return { edges: [], counts: [] };
  const bins = Math.min(30, Math.max(1, Math.ceil(Math.sqrt(n))));
  const width = (max - min) / bins;
  // A range so narrow that its bins' width underflows to 0 (draws of 1e-98 and the like) is one bin, as is an
  // empty range: dividing by that width would put draws in no bin at all.
  if (!(max > min) || !(width > 0)) return { edges: [min, max], counts: [n] };
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const offset = Math.floor(((values[i] as number) - min) / width);
    // Rounding can put max one past the last bin, and a subnormal width can overflow the quotient.
    const bin = Number.isFinite(offset) ? Math.min(bins - 1, Math.max(0, offset)) : bins - 1;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return { edges, counts };
}

const levels = [0.05, 0.5, 0.95] as const;
/** The npv also gets its quartiles: a report says whether the base case lies in the simulation's middle half. */
const npvLevels = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

function shareAbove(values: Float64Array, threshold: number): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > threshold) count++;
  return count / values.length;
}

/**
 * The work of a simulation as its inner loop counts it: every draw walks each cohort's window of each outcome
 * (up to the horizon) and each cost line's profile. Bounded by `scenarioLimits.maxSimulationWork`.
 */
export function simulationWork(input: ScenarioInput, draws: number): number {
  return draws * input.horizonYears * (input.cohorts.length * input.outcomes.length + input.costs.length);
}

/**
 * Monte Carlo over the scenario's distributions (docs/calculation.md, "Uncertainty"). Every distribution is sampled
 * independently with a seeded generator, so the same input, draws and seed give the same result in Node and in
 * the browser.
 */
export function simulateScenario(input: ScenarioInputJson, options: SimulationOptions): SimulationResult {
  const { draws, seed } = simulationOptionsSchema.parse(options);
  const valid = requireScenarioInput(input);
  const work = simulationWork(valid, draws);
  if (work > scenarioLimits.maxSimulationWork) {
    throw new RangeError(
      `${draws} draws of this scenario are too much work (${work.toExponential(2)} > ${scenarioLimits.maxSimulationWork.toExponential(2)}); use fewer draws`,
    );
  }
  const model = compileScenario(valid);
  const random = new SeededRandom(seed);

  // Sample every distribution first (one tight loop per distribution, in input order), then evaluate all draws
  // column by column.
  const columns = model.fields.map((field) => {
    if (typeof field.value === "number") return null;
    const column = new Float64Array(draws);
    fillDraws(field.value, field.limits, random, column);
    return column;
  });
  const pvCosts = new Float64Array(draws);
  const pvBenefits = new Float64Array(draws);
  const payerNpv = model.payers.map(() => new Float64Array(draws));
  evaluateDraws(model, columns, draws, { pvCosts, pvBenefits, payerNpv });

  const npv = new Float64Array(draws);
  const bcr = new Float64Array(draws);
  let bcrCount = 0;
  for (let i = 0; i < draws; i++) {
    const costs = pvCosts[i] as number;
    const benefits = pvBenefits[i] as number;
    npv[i] = benefits - costs;
    const ratio = benefits / costs;
    // bcr is null in a draw whose pvCosts is 0 (or whose ratio is not finite); such draws are left out.
    if (costs !== 0 && Number.isFinite(ratio)) bcr[bcrCount++] = ratio;
  }

  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < draws; i++) {
    const value = npv[i] as number;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = sum / draws;
  let squares = 0;
  for (let i = 0; i < draws; i++) {
    const deviation = (npv[i] as number) - mean;
    squares += deviation * deviation;
  }
  const probabilityPositive = shareAbove(npv, 0);
  const npvHistogram = histogram(npv, min, max);
  // Selection reorders the arrays, so it comes after everything that reads them in draw order.
  const [p5, p25, p50, p75, p95] = percentilesInc(npv, npvLevels) as [number, number, number, number, number];
  const bcrPercentiles = bcrCount === 0 ? null : percentilesInc(bcr.subarray(0, bcrCount), levels);

  const byPayer: Partial<Record<Payer, SimulationResult["byPayer"][Payer]>> = {};
  model.payers.forEach((payer, p) => {
    const values = payerNpv[p] as Float64Array;
    const probability = shareAbove(values, 0);
    const [payerP5, payerP50, payerP95] = percentilesInc(values, levels) as [number, number, number];
    byPayer[payer] = { p5: payerP5, p50: payerP50, p95: payerP95, probabilityPositive: probability };
  });

  return {
    draws,
    seed,
    npv: {
      mean,
      // The sample standard deviation (n − 1); 0 for a single draw.
      sd: draws > 1 ? Math.sqrt(squares / (draws - 1)) : 0,
      min,
      p5,
      p25,
      p50,
      p75,
      p95,
      max,
    },
    probabilityPositive,
    bcr: {
      p5: bcrPercentiles?.[0] ?? null,
      p50: bcrPercentiles?.[1] ?? null,
      p95: bcrPercentiles?.[2] ?? null,
    },
    histogram: npvHistogram,
    byPayer,
  };
}
