import { z } from "zod";
import { plausible } from "../bounds.ts";
import { localizedTextSchema } from "./schema.ts";

const partialDatePattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * An ISO 8601 calendar date at the precision the source gives: a year ("2014"), a month ("2012-09") or a
 * day ("2020-01-20"). Sources often name only a term or a month; we keep that rather than invent a day.
 */
export const partialDateSchema = z
  .string({ error: "Expected a date" })
  .regex(partialDatePattern, { error: "Expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD" })
  .refine(
    (value) => {
      // A malformed date is reported by the pattern alone.
      if (!partialDatePattern.test(value)) return true;
      const year = Number(value.slice(0, 4));
      return year >= plausible.minYear && year <= plausible.maxYear;
    },
    { error: `The year must be between ${plausible.minYear} and ${plausible.maxYear}` },
  )
  .refine(
    (value) => {
      const [, year, month, day] = partialDatePattern.exec(value) ?? [];
      return day === undefined || Number(day) <= daysInMonth(Number(year), Number(month));
    },
    { error: "No such day in that month" },
  );
export type PartialDate = z.infer<typeof partialDateSchema>;

/** A full ISO date (YYYY-MM-DD). */
export const isoDateSchema = z.iso.date({ error: "Expected an ISO date: YYYY-MM-DD" });
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * Orders two partial dates at their common precision: "2019" and "2019-08" compare equal, because a
 * year-only date may be any month of it. Negative when `a` is surely before `b`.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * When something ran. `start`/`end` are partial dates; `description` keeps the source's own wording when it
 * gives no date ("under ett år", "från och med i höst") or qualifies one. At least one of `start` and
 * `description` is required; a missing `end` means open-ended or not stated.
 */
export const periodSchema = z
  .strictObject({
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    description: localizedTextSchema.optional(),
  })
  .superRefine((period, ctx) => {
    if (period.start === undefined && period.description === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "A period needs a start date or a description",
        path: ["start"],
      });
    }
    if (
      period.start !== undefined &&
      period.end !== undefined &&
      comparePartialDates(period.start, period.end) > 0
    ) {
      ctx.addIssue({ code: "custom", message: "The period ends before it starts", path: ["end"] });
    }
  });
export type Period = z.infer<typeof periodSchema>;
