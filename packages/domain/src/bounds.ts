// Plausible finite ranges shared by the domain's schemas, so that JSON import, the apps and the API refuse the same
// numbers (issue 13). Each lies far beyond anything real, so that no author meets one, and every figure stays a
// number PostgreSQL's columns and the engine's arithmetic can hold.
import { z } from "zod";

export const plausible = {
  /** Calendar years: no price index, plan or report of today means a year outside these. */
  minYear: 1900,
  maxYear: 2200,
  /** People (participants, a group's size): ten times Sweden's population. */
  maxPeople: 1e8,
  /** |SEK|: about the Swedish state's budget for a year (1.3e12). */
  maxSek: 1e12,
  /** |a measured level| (households, points, SEK): the largest SEK figure, which any count lies well below. */
  maxMeasure: 1e12,
  /** |a relative change| as a fraction: a rise of 100 000 %. */
  maxRelativeChange: 1000,
} as const;

/** A whole number within [min, max], with one message naming both ends. */
export function wholeNumber(name: string, min: number, max: number) {
  const range = `${name} must be a whole number between ${min} and ${max}`;
  return z.int({ error: range }).min(min, { error: range }).max(max, { error: range });
}

/** A finite number within [min, max], with one message naming both ends. */
export function numberBetween(name: string, min: number, max: number) {
  const range = `${name} must be between ${min} and ${max}`;
  return z.number({ error: range }).min(min, { error: range }).max(max, { error: range });
}

/** A calendar year within the plausible range. */
export const yearSchema = (name = "a year") => wholeNumber(name, plausible.minYear, plausible.maxYear);
