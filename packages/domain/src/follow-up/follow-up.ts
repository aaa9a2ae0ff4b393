// Forecast against outturn for a decided scenario, the re-forecast of the years not yet measured, and the fund's
// repayments (återföring). The forecast is `computeScenario`'s at base values, from the same compiled model.
import { ratio } from "../scenario/compute.ts";
import { compileScenario, factorProduct, tabulateFlows } from "../scenario/model.ts";
import {
  FollowUpInputError,
  parseFollowUpInput,
  type ActualsEntry,
  type FollowUpInputJson,
  type FollowUpResult,
  type FollowUpYear,
} from "./schema.ts";

/**
 * An object from ids to values. Built by assignment, which is several times faster than `Object.fromEntries` for
 * the 600 entries of a 50-year follow-up; an id such as "__proto__" is defined as an ordinary own key all the same.
 */
function record<T>(keys: readonly string[], value: (key: string, index: number) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key === "__proto__") {
      Object.defineProperty(out, key, { value: value(key, index), enumerable: true, writable: true, configurable: true });
    } else out[key] = value(key, index);
  }
  return out;
}

/** A reported figure by id; only the map's own keys count (an id "__proto__" must not read Object's prototype). */
function figure(figures: Readonly<Record<string, number>> | undefined, id: string): number | undefined {
  return figures !== undefined && Object.hasOwn(figures, id) ? figures[id] : undefined;
}

function add(series: Float64Array, t: number, value: number): void {
  series[t] = (series[t] as number) + value;
}

/** Follows a decided scenario up year by year (domain README, "Follow-up and the fund"). */
export function followUp(json: FollowUpInputJson): FollowUpResult {
  const parsed = parseFollowUpInput(json);
  if (!parsed.success) throw new FollowUpInputError(parsed.issues);
  const { scenario, actuals, fund } = parsed.data;
  const model = compileScenario(scenario);
  const { horizon, payers, discountFactors: df, base } = model;
  const flows = tabulateFlows(model, base);
  // The entry of each reported offset, by offset (offsets are unique and inside the horizon).
  const reported: (ActualsEntry | undefined)[] = Array.from({ length: horizon }, () => undefined);
  for (const entry of actuals) reported[entry.offset] = entry;
  const payerCount = payers.length;

  // Costs: the reported figure where a year's entry names the line, otherwise the line's forecast.
  const forecastCosts = new Float64Array(horizon);
  const outturnCosts = new Float64Array(horizon);
  const payerForecastCosts = payers.map(() => new Float64Array(horizon));
  const payerOutturnCosts = payers.map(() => new Float64Array(horizon));
  const lineCosts = model.costs.map((line) => {
    const amount = base[line.amount] as number;
    const forecastOfLine = new Float64Array(horizon);
    const outturnOfLine = new Float64Array(horizon);
    for (let t = 0; t < horizon; t++) {
      const forecast = amount * (line.profile[t] as number);
      const outturn = figure(reported[t]?.costs, line.id) ?? forecast;
      forecastOfLine[t] = forecast;
      outturnOfLine[t] = outturn;
      add(forecastCosts, t, forecast);
      add(outturnCosts, t, outturn);
      for (let p = 0; p < payerCount; p++) {
        const share = line.shares[p] as number;
        add(payerForecastCosts[p] as Float64Array, t, forecast * share);
        add(payerOutturnCosts[p] as Float64Array, t, outturn * share);
      }
    }
    return { id: line.id, forecast: forecastOfLine, outturn: outturnOfLine };
  });

  // Outcomes: measured units in measured years, the forecast at the measured pace (ρ) in every other year.
  const realisationRate: Record<string, number> = {};
  const forecastBenefits = new Float64Array(horizon);
  const outturnBenefits = new Float64Array(horizon);
  const payerForecastBenefits = payers.map(() => new Float64Array(horizon));
  const payerOutturnBenefits = payers.map(() => new Float64Array(horizon));
  const outcomeUnits = model.outcomes.map((outcome, o) => {
    const forecastUnits = flows.unitsByOutcome[o] as Float64Array;
    let measuredSum = 0;
    let forecastSum = 0;
    for (const entry of actuals) {
      const measured = figure(entry.unitsAvoided, outcome.id);
      if (measured === undefined) continue;
      measuredSum += measured;
      forecastSum += forecastUnits[entry.offset] as number;
    }
    // ρ = 1 when nothing was forecast for the measured years, and likewise when the forecast is so close to 0
    // that the ratio is not a finite number: an infinite pace re-forecasts nothing (compute.ts' `ratio` reads so).
    const rate = ratio(measuredSum, forecastSum) ?? 1;
    realisationRate[outcome.id] = rate;
    const perUnit = factorProduct(outcome.valueFactors, base);
    const outturnUnits = new Float64Array(horizon);
    const measuredIn = new Uint8Array(horizon);
    for (let t = 0; t < horizon; t++) {
      const measured = figure(reported[t]?.unitsAvoided, outcome.id);
      measuredIn[t] = measured === undefined ? 0 : 1;
      outturnUnits[t] = measured ?? (forecastUnits[t] as number) * rate;
      const valuePerUnit = perUnit * (outcome.growth[t] as number);
      const forecast = (forecastUnits[t] as number) * valuePerUnit;
      const outturn = (outturnUnits[t] as number) * valuePerUnit;
      add(forecastBenefits, t, forecast);
      add(outturnBenefits, t, outturn);
      for (let p = 0; p < payerCount; p++) {
        const share = outcome.shares[p] as number;
        add(payerForecastBenefits[p] as Float64Array, t, forecast * share);
        add(payerOutturnBenefits[p] as Float64Array, t, outturn * share);
      }
    }
    return { id: outcome.id, forecastUnits, outturnUnits, measuredIn };
  });

  // The fund: a share of the listed payers' outturn benefits each year from fromOffset, up to the cap.
  const repaymentPayers = fund ? payers.flatMap((payer, p) => (fund.payers.includes(payer) ? [p] : [])) : [];
  const repayments = new Float64Array(horizon);
  let repaid = 0;
  let reportedRepaid = 0;
  let repaidByOffset: number | null = null;
  if (fund) {
    for (let t = fund.fromOffset; t < horizon; t++) {
      let savings = 0;
      for (const p of repaymentPayers) savings += (payerOutturnBenefits[p] as Float64Array)[t] as number;
      const repayment = Math.max(0, Math.min(fund.cap - repaid, fund.repaymentShare * savings));
      repayments[t] = repayment;
      repaid += repayment;
      if (reported[t] !== undefined) reportedRepaid += repayment;
    }
  }

  const years: FollowUpYear[] = [];
  const lineIds = lineCosts.map((line) => line.id);
  const outcomeIds = outcomeUnits.map((outcome) => outcome.id);
  let paidBack = 0;
  for (let t = 0; t < horizon; t++) {
    paidBack += repayments[t] as number;
    const balance = paidBack - (fund?.grant ?? 0);
    if (fund && repaidByOffset === null && balance >= 0) repaidByOffset = t;
    const forecast = { costs: forecastCosts[t] as number, benefits: forecastBenefits[t] as number };
    const outturn = { costs: outturnCosts[t] as number, benefits: outturnBenefits[t] as number };
    years.push({
      offset: t,
      year: model.startYear + t,
      reported: reported[t] !== undefined,
      forecast: { ...forecast, net: forecast.benefits - forecast.costs },
      outturn: { ...outturn, net: outturn.benefits - outturn.costs },
      costsByLine: record(
        lineIds,
        (id, c) => {
          const line = lineCosts[c] as (typeof lineCosts)[number];
          return {
            forecast: line.forecast[t] as number,
            outturn: line.outturn[t] as number,
            reported: figure(reported[t]?.costs, id) !== undefined,
          };
        },
      ),
      unitsAvoided: record(
        outcomeIds,
        (_, o) => {
          const outcome = outcomeUnits[o] as (typeof outcomeUnits)[number];
          return {
            forecast: outcome.forecastUnits[t] as number,
            outturn: outcome.outturnUnits[t] as number,
            measured: outcome.measuredIn[t] === 1,
          };
        },
      ),
      ...(fund ? { fund: { repayment: repayments[t] as number, balance } } : {}),
    });
  }

  const presentValue = (series: Float64Array) => {
    let total = 0;
    for (let t = 0; t < horizon; t++) total += (series[t] as number) * (df[t] as number);
    return total;
  };
  const presentValues = (costs: Float64Array, benefits: Float64Array) => {
    const pvCosts = presentValue(costs);
    const pvBenefits = presentValue(benefits);
    return { pvCosts, pvBenefits, npv: pvBenefits - pvCosts };
  };
  const forecastTotals = presentValues(forecastCosts, forecastBenefits);
  const outturnTotals = presentValues(outturnCosts, outturnBenefits);
  // Valid but extreme input (a forecast of 1e-300 units against a measured 1 000) can overflow; a result with
  // Infinity or NaN in it is refused like invalid input rather than handed on.
  if (![...Object.values(forecastTotals), ...Object.values(outturnTotals), repaid].every(Number.isFinite)) {
    throw new FollowUpInputError([
      {
        path: "actuals",
        code: "custom",
        message: "the reported figures and the forecast give results too large to compute",
      },
    ]);
  }

  return {
    years,
    realisationRate,
    totals: {
      forecast: forecastTotals,
      outturn: outturnTotals,
      varianceNpv: outturnTotals.npv - forecastTotals.npv,
    },
    byPayer: record(payers, (_, p) => ({
      forecast: {
        npv:
          presentValue(payerForecastBenefits[p] as Float64Array) -
          presentValue(payerForecastCosts[p] as Float64Array),
      },
      outturn: {
        npv:
          presentValue(payerOutturnBenefits[p] as Float64Array) -
          presentValue(payerOutturnCosts[p] as Float64Array),
      },
    })),
    ...(fund ? { fund: { repaid, balance: repaid - fund.grant, repaidByOffset, reportedRepaid } } : {}),
  };
}
