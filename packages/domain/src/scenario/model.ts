// The one implementation of docs/calculation.md's formulas, on plain numbers. `computeScenario` tabulates it year by
// year (`tabulateFlows`); `simulateScenario` and `sensitivity` evaluate only its present values, for many sets of
// field values at once (`evaluateDraws`). Both read the same cost profiles, cohort windows and factor lists.
import {
  countLimits,
  effectLimits,
  payerKeys,
  shareLimits,
  type FieldLimits,
  type Payer,
  type Payers,
  type ScenarioInput,
  type Uncertain,
} from "./schema.ts";

/** An `Uncertain` field of the input, with the slot its value takes in a values vector. */
export interface UncertainField {
  /** For example `outcomes.welfare.effect` or `costs.salary.amount`. */
  readonly path: string;
  /** Human-readable: the line's label and the field's name. */
  readonly label: string;
  readonly value: Uncertain;
  readonly limits: FieldLimits;
}

/** The years in which one cohort's units of an outcome fall: offsets first … first + length − 1. */
interface CohortWindow {
  readonly first: number;
  readonly length: number;
  readonly participants: number;
}

interface CostTerm {
  readonly id: string;
  /** Shares of the model's payers, in `ScenarioModel.payers` order. */
  readonly shares: Float64Array;
  /** What one unit of `amount` costs in each year. */
  readonly profile: Float64Array;
  /** Σ profile(t) × df(t): the present value of one unit of `amount`. */
  readonly pvWeight: number;
  readonly amount: number;
}

/** One factor of an outcome's value: the field's value, or 1 − it (for deadweight and displacement). */
interface Factor {
  readonly slot: number;
  readonly complement: boolean;
}

interface OutcomeTerm {
  readonly id: string;
  readonly shares: Float64Array;
  /** (1 + unitCostGrowth)^t */
  readonly growth: Float64Array;
  /** (1 + unitCostGrowth)^t × df(t) */
  readonly discountedGrowth: Float64Array;
  readonly windows: readonly CohortWindow[];
  /** units = window count × baseline × effect */
  readonly unitFactors: readonly Factor[];
  /** value = units × growth × unitCost × (1 − deadweight) × attribution × (1 − displacement) */
  readonly valueFactors: readonly Factor[];
  /** The slot of dropOff: the window counts fall by (1 − dropOff) a year. */
  readonly dropOff: number;
  /** The units' present-value factor when drop-off is a plain number, so that draws need not recompute it. */
  readonly fixedPvFactor: number | null;
}

export interface ScenarioModel {
  readonly horizon: number;
  readonly startYear: number;
  readonly discountFactors: Float64Array;
  /** Every payer with a non-zero share anywhere, in the order of `payerKeys`. */
  readonly payers: readonly Payer[];
  readonly costs: readonly CostTerm[];
  readonly outcomes: readonly OutcomeTerm[];
  readonly fields: readonly UncertainField[];
  /** The base value of every field (docs/calculation.md, "Uncertain numbers"). */
  readonly base: Float64Array;
}

/** The value `computeScenario` uses for an uncertain field. */
export function baseValue(value: Uncertain): number {
  if (typeof value === "number") return value;
  switch (value.dist) {
    case "uniform":
      return (value.min + value.max) / 2;
    case "triangular":
    case "pert":
      return value.mode;
    case "normal":
      return value.mean;
  }
}

const fieldNames = {
  amount: "amount",
  unitCost: "unit cost",
  baselineUnitsPerParticipant: "baseline units per participant",
  effect: "effect",
  dropOff: "drop-off",
  deadweight: "deadweight",
  attribution: "attribution",
  displacement: "displacement",
} as const;

const unlimited: FieldLimits = { lower: -Infinity, upper: Infinity };

/** Powers by recurrence: (base)^t for t = 0 … horizon − 1, the same in every JavaScript engine. */
function powers(base: number, horizon: number): Float64Array {
  const out = new Float64Array(horizon);
  let value = 1;
  for (let t = 0; t < horizon; t++) {
    out[t] = value;
    value *= base;
  }
  return out;
}

function discountFactors(rate: number, horizon: number): Float64Array {
  const out = new Float64Array(horizon);
  let value = 1;
  for (let t = 0; t < horizon; t++) {
    out[t] = value;
    value /= 1 + rate;
  }
  return out;
}

function shareVector(payers: Payers, active: readonly Payer[]): Float64Array {
  const shares = new Float64Array(active.length);
  for (let p = 0; p < active.length; p++) shares[p] = payers[active[p] as Payer] ?? 0;
  return shares;
}

function costProfile(
  line: ScenarioInput["costs"][number],
  cohorts: ScenarioInput["cohorts"],
  horizon: number,
) {
  const profile = new Float64Array(horizon);
  switch (line.kind) {
    case "oneOff":
      if (line.offset < horizon) profile[line.offset] = 1;
      break;
    case "annual":
      for (let t = line.fromOffset; t <= Math.min(line.toOffset, horizon - 1); t++) profile[t] = 1;
      break;
    case "perParticipant":
      for (const cohort of cohorts) {
        const end = Math.min(cohort.startOffset + line.years, horizon);
        for (let t = cohort.startOffset; t < end; t++) profile[t] = (profile[t] ?? 0) + cohort.participants;
      }
      break;
  }
  return profile;
}

/**
 * Walks every cohort's window of an outcome: participants × retention^k in year first + k. Adds those counts to
 * `out` when given (the year table) and returns Σ counts × weights(t) (a present-value factor when the weights are
 * discounted growth). `retention` is 1 − dropOff; the powers come by recurrence, not Math.pow.
 */
export function accumulateUnits(
  outcome: Pick<OutcomeTerm, "windows">,
  retention: number,
  weights: Float64Array,
  out: Float64Array | null,
): number {
  let total = 0;
  for (const window of outcome.windows) {
    let count = window.participants;
    const end = window.first + window.length;
    for (let t = window.first; t < end; t++) {
      total += count * (weights[t] as number);
      if (out !== null) out[t] = (out[t] as number) + count;
      count *= retention;
    }
  }
  return total;
}

/** The product of factors at one set of field values. */
export function factorProduct(factors: readonly Factor[], values: Float64Array): number {
  let product = 1;
  for (const { slot, complement } of factors) {
    const value = values[slot] as number;
    product *= complement ? 1 - value : value;
  }
  return product;
}

/** Compiles a validated scenario into the plain-number model the engine works on. */
export function compileScenario(input: ScenarioInput): ScenarioModel {
  const horizon = input.horizonYears;
  const df = discountFactors(input.discountRate, horizon);
  const lines = [...input.costs, ...input.outcomes];
  const payers = payerKeys.filter((payer) => lines.some((line) => (line.payers[payer] ?? 0) !== 0));

  const fields: UncertainField[] = [];
  const slot = (path: string, label: string, value: Uncertain, limits: FieldLimits = unlimited) => {
    fields.push({ path, label, value, limits });
    return fields.length - 1;
  };

  const costs = input.costs.map((line): CostTerm => {
    const profile = costProfile(line, input.cohorts, horizon);
    let pvWeight = 0;
    for (let t = 0; t < horizon; t++) pvWeight += (profile[t] as number) * (df[t] as number);
    return {
      id: line.id,
      shares: shareVector(line.payers, payers),
      profile,
      pvWeight,
      amount: slot(`costs.${line.id}.amount`, `${line.label || line.id}: ${fieldNames.amount}`, line.amount),
    };
  });

  const outcomes = input.outcomes.map((outcome): OutcomeTerm => {
    const growth = powers(1 + outcome.unitCostGrowth, horizon);
    const discountedGrowth = new Float64Array(horizon);
    for (let t = 0; t < horizon; t++) discountedGrowth[t] = (growth[t] as number) * (df[t] as number);
    const windows: CohortWindow[] = [];
    for (const cohort of input.cohorts) {
      const first = cohort.startOffset + outcome.lagYears;
      const length = Math.min(outcome.durationYears, horizon - first);
      if (length > 0) windows.push({ first, length, participants: cohort.participants });
    }
    const field = (
      key: Exclude<keyof typeof fieldNames, "amount">,
      value: Uncertain,
      limits: FieldLimits = unlimited,
    ) =>
      slot(
        `outcomes.${outcome.id}.${key}`,
        `${outcome.label || outcome.id}: ${fieldNames[key]}`,
        value,
        limits,
      );
    // Slots in the order of the contract's fields, which is the order of sampling and of equal sensitivity rows.
    const unitCost = field("unitCost", outcome.unitCost);
    const baseline = field("baselineUnitsPerParticipant", outcome.baselineUnitsPerParticipant, countLimits);
    const effect = field("effect", outcome.effect, effectLimits);
    const dropOff = field("dropOff", outcome.dropOff, shareLimits);
    const deadweight = field("deadweight", outcome.deadweight, shareLimits);
    const attribution = field("attribution", outcome.attribution, shareLimits);
    const displacement = field("displacement", outcome.displacement, shareLimits);
    return {
      id: outcome.id,
      shares: shareVector(outcome.payers, payers),
      growth,
      discountedGrowth,
      windows,
      unitFactors: [
        { slot: baseline, complement: false },
        { slot: effect, complement: false },
      ],
      valueFactors: [
        { slot: unitCost, complement: false },
        { slot: deadweight, complement: true },
        { slot: attribution, complement: false },
        { slot: displacement, complement: true },
      ],
      dropOff,
      fixedPvFactor:
        typeof outcome.dropOff === "number"
          ? accumulateUnits({ windows }, 1 - outcome.dropOff, discountedGrowth, null)
          : null,
    };
  });

  const base = new Float64Array(fields.length);
  for (let slot = 0; slot < fields.length; slot++)
    base[slot] = baseValue((fields[slot] as UncertainField).value);
  return { horizon, startYear: input.startYear, discountFactors: df, payers, costs, outcomes, fields, base };
}

/** Where `evaluateDraws` writes: one entry per draw. */
export interface DrawPresentValues {
  readonly pvCosts: Float64Array;
  readonly pvBenefits: Float64Array;
  /** One array per payer, in `model.payers` order; empty when per-payer values are not needed. */
  readonly payerNpv: readonly Float64Array[];
}

/**
 * Present values of n draws at once, column by column: `columns[slot]` holds the n draws of a field, or is null
 * for a field that keeps its base value. Tight loops over typed arrays; nothing is allocated per draw.
 */
export function evaluateDraws(
  model: ScenarioModel,
  columns: readonly (Float64Array | null)[],
  n: number,
  out: DrawPresentValues,
): void {
  const { pvCosts, pvBenefits, payerNpv } = out;
  const payerCount = payerNpv.length;
  pvCosts.fill(0, 0, n);
  pvBenefits.fill(0, 0, n);
  for (const npv of payerNpv) npv.fill(0, 0, n);
  const term = new Float64Array(n);

  const addToPayers = (shares: Float64Array, sign: number) => {
    for (let p = 0; p < payerCount; p++) {
      const share = sign * (shares[p] as number);
      if (share === 0) continue;
      const npv = payerNpv[p] as Float64Array;
      for (let i = 0; i < n; i++) npv[i] = (npv[i] as number) + share * (term[i] as number);
    }
  };
  const multiply = (factors: readonly Factor[]) => {
    for (const { slot, complement } of factors) {
      const column = columns[slot];
      if (!column) {
        const value = model.base[slot] as number;
        const scale = complement ? 1 - value : value;
        for (let i = 0; i < n; i++) term[i] = (term[i] as number) * scale;
      } else if (complement) {
        for (let i = 0; i < n; i++) term[i] = (term[i] as number) * (1 - (column[i] as number));
      } else {
        for (let i = 0; i < n; i++) term[i] = (term[i] as number) * (column[i] as number);
      }
    }
  };

  for (const cost of model.costs) {
    term.fill(cost.pvWeight);
    multiply([{ slot: cost.amount, complement: false }]);
    for (let i = 0; i < n; i++) pvCosts[i] = (pvCosts[i] as number) + (term[i] as number);
    addToPayers(cost.shares, -1);
  }
  for (const outcome of model.outcomes) {
    const dropOff = columns[outcome.dropOff];
    if (outcome.fixedPvFactor !== null) term.fill(outcome.fixedPvFactor);
    else {
      for (let i = 0; i < n; i++) {
        const retention = 1 - (dropOff ? (dropOff[i] as number) : (model.base[outcome.dropOff] as number));
        term[i] = accumulateUnits(outcome, retention, outcome.discountedGrowth, null);
      }
    }
    multiply(outcome.unitFactors);
    multiply(outcome.valueFactors);
    for (let i = 0; i < n; i++) pvBenefits[i] = (pvBenefits[i] as number) + (term[i] as number);
    addToPayers(outcome.shares, 1);
  }
}

/** Year-by-year flows at one set of field values (the basis of `computeScenario`'s table). */
export interface YearFlows {
  readonly costs: Float64Array;
  readonly benefits: Float64Array;
  /** [payer p × horizon + t] */
  readonly payerCosts: Float64Array;
  readonly payerBenefits: Float64Array;
  readonly unitsByOutcome: readonly Float64Array[];
  readonly benefitsByOutcome: readonly Float64Array[];
}

/** Units avoided per outcome and year at one set of field values: window counts × baseline × effect. */
export function tabulateUnits(model: ScenarioModel, values: Float64Array): Float64Array[] {
  const { horizon } = model;
  return model.outcomes.map((outcome) => {
    const units = new Float64Array(horizon);
    accumulateUnits(outcome, 1 - (values[outcome.dropOff] as number), outcome.discountedGrowth, units);
    const scale = factorProduct(outcome.unitFactors, values);
    for (let t = 0; t < horizon; t++) units[t] = (units[t] as number) * scale;
    return units;
  });
}

export function tabulateFlows(model: ScenarioModel, values: Float64Array): YearFlows {
  const { horizon } = model;
  const payerCount = model.payers.length;
  const costs = new Float64Array(horizon);
  const benefits = new Float64Array(horizon);
  const payerCosts = new Float64Array(payerCount * horizon);
  const payerBenefits = new Float64Array(payerCount * horizon);

  for (const cost of model.costs) {
    const amount = values[cost.amount] as number;
    for (let t = 0; t < horizon; t++) {
      const c = amount * (cost.profile[t] as number);
      costs[t] = (costs[t] as number) + c;
      for (let p = 0; p < payerCount; p++) {
        const i = p * horizon + t;
        payerCosts[i] = (payerCosts[i] as number) + c * (cost.shares[p] as number);
      }
    }
  }

  const unitsByOutcome = tabulateUnits(model, values);
  const benefitsByOutcome = model.outcomes.map((outcome, o) => {
    const units = unitsByOutcome[o] as Float64Array;
    const perUnit = factorProduct(outcome.valueFactors, values);
    const value = new Float64Array(horizon);
    for (let t = 0; t < horizon; t++) {
      const b = (units[t] as number) * perUnit * (outcome.growth[t] as number);
      value[t] = b;
      benefits[t] = (benefits[t] as number) + b;
      for (let p = 0; p < payerCount; p++) {
        const i = p * horizon + t;
        payerBenefits[i] = (payerBenefits[i] as number) + b * (outcome.shares[p] as number);
      }
    }
    return value;
  });

  return { costs, benefits, payerCosts, payerBenefits, unitsByOutcome, benefitsByOutcome };
}
