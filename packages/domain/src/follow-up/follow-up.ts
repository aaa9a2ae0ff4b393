// Forecast against outturn for a decided scenario, the re-forecast of the years not yet measured, and the fund's
// repayments (återföring). The forecast is `computeScenario`'s at base values, from the same compiled model.
import { ratio } from "../scenario/compute.ts";
import { compileScenario, factorProduct, tabulateUnits } from "../scenario/model.ts";
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
      Object.defineProperty(out, key, {
        value: value(key, index),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else out[key] = value(key, index);
  }
  return out;
}

/** A reported figure by id; only the map's own keys count (an id "__proto__" must not read Object's prototype). */
function figure(figures: Readonly<Record<string, number>> | undefined, id: string): number | undefined {
  return figures !== undefined && Object.hasOwn(figures, id) ? figures[id] : undefined;
}

/**
 * One figure of every year's entry, by offset: what `key` reports for `id`, NaN in a year that does not report it
 * (reported figures are finite, so NaN marks only those).
 */
function reportedByOffset(
  actuals: readonly ActualsEntry[],
  key: "costs" | "unitsAvoided",
  id: string,
  horizon: number,
): Float64Array {
  const figures = new Float64Array(horizon).fill(Number.NaN);
  for (const entry of actuals) {
    const value = figure(entry[key], id);
    if (value !== undefined) figures[entry.offset] = value;
  }
  return figures;
}

/** Follows a decided scenario up year by year (domain README, "Follow-up and the fund"). */
export function followUp(json: FollowUpInputJson): FollowUpResult {
  const parsed = parseFollowUpInput(json);
  if (!parsed.success) throw new FollowUpInputError(parsed.issues);
  const { scenario, actuals, fund } = parsed.data;
  const model = compileScenario(scenario);
  const { horizon, payers, discountFactors: df, base } = model;
  const forecastUnitsByOutcome = tabulateUnits(model, base);
  // 1 at each offset with an entry (offsets are unique and inside the horizon).
  const reported = new Uint8Array(horizon);
  for (const entry of actuals) reported[entry.offset] = 1;
  const payerCount = payers.length;
  // Per payer and year, at [p × horizon + t] as in tabulateFlows.
  const payerForecastCosts = new Float64Array(payerCount * horizon);
  const payerOutturnCosts = new Float64Array(payerCount * horizon);
  const payerForecastBenefits = new Float64Array(payerCount * horizon);
  const payerOutturnBenefits = new Float64Array(payerCount * horizon);

  // Costs: the reported figure where a year's entry names the line, otherwise the line's forecast.
  const forecastCosts = new Float64Array(horizon);
  const outturnCosts = new Float64Array(horizon);
  const lineCosts = model.costs.map((line) => {
    const amount = base[line.amount] as number;
    const reportedCosts = reportedByOffset(actuals, "costs", line.id, horizon);
    const forecastOfLine = new Float64Array(horizon);
    const outturnOfLine = new Float64Array(horizon);
    for (let t = 0; t < horizon; t++) {
      const forecast = amount * (line.profile[t] as number);
      const reportedCost = reportedCosts[t] as number;
      const outturn = Number.isNaN(reportedCost) ? forecast : reportedCost;
      forecastOfLine[t] = forecast;
      outturnOfLine[t] = outturn;
      forecastCosts[t] = (forecastCosts[t] as number) + forecast;
      outturnCosts[t] = (outturnCosts[t] as number) + outturn;
      for (let p = 0, i = t; p < payerCount; p++, i += horizon) {
        const share = line.shares[p] as number;
        payerForecastCosts[i] = (payerForecastCosts[i] as number) + forecast * share;
        payerOutturnCosts[i] = (payerOutturnCosts[i] as number) + outturn * share;
      }
    }
    return { forecast: forecastOfLine, outturn: outturnOfLine, reported: reportedCosts };
  });

  // Outcomes: measured units in measured years, the forecast at the measured pace (ρ) in every other year.
  const forecastBenefits = new Float64Array(horizon);
  const outturnBenefits = new Float64Array(horizon);
  const outcomeUnits = model.outcomes.map((outcome, o) => {
    const forecastUnits = forecastUnitsByOutcome[o] as Float64Array;
    const measuredUnits = reportedByOffset(actuals, "unitsAvoided", outcome.id, horizon);
    let measuredSum = 0;
    let forecastSum = 0;
    for (const entry of actuals) {
      const measured = measuredUnits[entry.offset] as number;
      if (Number.isNaN(measured)) continue;
      measuredSum += measured;
      forecastSum += forecastUnits[entry.offset] as number;
    }
    // ρ = 1 when nothing was forecast for the measured years, and likewise when the forecast is so close to 0
    // that the ratio is not a finite number: an infinite pace re-forecasts nothing (compute.ts' `ratio` reads so).
    const rate = ratio(measuredSum, forecastSum) ?? 1;
    const perUnit = factorProduct(outcome.valueFactors, base);
    const outturnUnits = new Float64Array(horizon);
    for (let t = 0; t < horizon; t++) {
      const measured = measuredUnits[t] as number;
      const units = Number.isNaN(measured) ? (forecastUnits[t] as number) * rate : measured;
      outturnUnits[t] = units;
      const valuePerUnit = perUnit * (outcome.growth[t] as number);
      const forecast = (forecastUnits[t] as number) * valuePerUnit;
      const outturn = units * valuePerUnit;
      forecastBenefits[t] = (forecastBenefits[t] as number) + forecast;
      outturnBenefits[t] = (outturnBenefits[t] as number) + outturn;
      for (let p = 0, i = t; p < payerCount; p++, i += horizon) {
        const share = outcome.shares[p] as number;
        payerForecastBenefits[i] = (payerForecastBenefits[i] as number) + forecast * share;
        payerOutturnBenefits[i] = (payerOutturnBenefits[i] as number) + outturn * share;
      }
    }
    return { rate, forecast: forecastUnits, outturn: outturnUnits, measured: measuredUnits };
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
      for (const p of repaymentPayers) savings += payerOutturnBenefits[p * horizon + t] as number;
      const repayment = Math.max(0, Math.min(fund.cap - repaid, fund.repaymentShare * savings));
      repayments[t] = repayment;
      repaid += repayment;
      if (reported[t] === 1) reportedRepaid += repayment;
    }
  }

  const years: FollowUpYear[] = [];
  const lineIds = model.costs.map((line) => line.id);
  const outcomeIds = model.outcomes.map((outcome) => outcome.id);
  let paidBack = 0;
  for (let t = 0; t < horizon; t++) {
    paidBack += repayments[t] as number;
    const balance = paidBack - (fund?.grant ?? 0);
    if (fund && repaidByOffset === null && balance >= 0) repaidByOffset = t;
    const costs = forecastCosts[t] as number;
    const benefits = forecastBenefits[t] as number;
    const outturnOfCosts = outturnCosts[t] as number;
    const outturnOfBenefits = outturnBenefits[t] as number;
    const year: FollowUpYear = {
      offset: t,
      year: model.startYear + t,
      reported: reported[t] === 1,
      forecast: { costs, benefits, net: benefits - costs },
      outturn: {
        costs: outturnOfCosts,
        benefits: outturnOfBenefits,
        net: outturnOfBenefits - outturnOfCosts,
      },
      costsByLine: record(lineIds, (_, c) => {
        const line = lineCosts[c] as (typeof lineCosts)[number];
        return {
          forecast: line.forecast[t] as number,
          outturn: line.outturn[t] as number,
          reported: !Number.isNaN(line.reported[t]),
        };
      }),
      unitsAvoided: record(outcomeIds, (_, o) => {
        const outcome = outcomeUnits[o] as (typeof outcomeUnits)[number];
        return {
          forecast: outcome.forecast[t] as number,
          outturn: outcome.outturn[t] as number,
          measured: !Number.isNaN(outcome.measured[t]),
        };
      }),
    };
    if (fund) year.fund = { repayment: repayments[t] as number, balance };
    years.push(year);
  }

  const presentValue = (series: Float64Array, from = 0) => {
    let total = 0;
    for (let t = 0; t < horizon; t++) total += (series[from + t] as number) * (df[t] as number);
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
    realisationRate: record(outcomeIds, (_, o) => (outcomeUnits[o] as (typeof outcomeUnits)[number]).rate),
    totals: {
      forecast: forecastTotals,
      outturn: outturnTotals,
      varianceNpv: outturnTotals.npv - forecastTotals.npv,
    },
    byPayer: record(payers, (_, p) => ({
      forecast: {
        npv: presentValue(payerForecastBenefits, p * horizon) - presentValue(payerForecastCosts, p * horizon),
      },
      outturn: {
        npv: presentValue(payerOutturnBenefits, p * horizon) - presentValue(payerOutturnCosts, p * horizon),
      },
    })),
    ...(fund ? { fund: { repaid, balance: repaid - fund.grant, repaidByOffset, reportedRepaid } } : {}),
  };
}
