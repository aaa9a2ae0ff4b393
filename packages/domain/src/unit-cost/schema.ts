import { z } from "zod";
import { numberBetween, plausible, yearSchema } from "../bounds.ts";
import { payersSchema } from "../scenario/schema.ts";
import { localizedLongTextSchema, localizedTextSchema } from "../text/schema.ts";

const sek = numberBetween("a unit cost", 0, plausible.maxSek);

/** A unit cost (styckkostnad): SEK per unit, with price year, payers and source (docs/architecture.md, "The domain's words"). */
export const unitCostSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9_]+$/, { error: "a key is lower-case letters, digits and underscores" }),
    label: localizedTextSchema,
    /** What one unit is: "household-year", "hour", "fracture", "care-day" … */
    unit: z.string().min(1),
    value: sek,
    /** The range the source reports, when it reports one. */
    low: sek.optional(),
    high: sek.optional(),
    /**
     * The year whose prices `value` is in; null when the source gives no date. An undated figure is taken to be in
     * the prices of the year it is used in (it is not indexed), and shown as undated so a planner can replace it.
     */
    priceYear: yearSchema("priceYear").nullable(),
    payers: payersSchema,
    /** "Sweden", or the municipality or region the figure is from. */
    geography: z.string().min(1),
    /**
     * Where the figure comes from, in Swedish and English: publisher, title and year as published (and the address
     * where there is one), with how the figure was read or derived explained in the reader's language.
     */
    source: localizedLongTextSchema,
    /** What the figure covers and how to use it, in Swedish and English. */
    note: localizedTextSchema.optional(),
  })
  .check((ctx) => {
    const { low, high, value } = ctx.value;
    if ((low === undefined) !== (high === undefined)) {
      ctx.issues.push({
        code: "custom",
        message: "give both low and high, or neither",
        path: ["low"],
        input: low,
      });
    } else if (low !== undefined && high !== undefined && !(low <= value && value <= high)) {
      ctx.issues.push({
        code: "custom",
        message: "value must lie between low and high",
        path: ["value"],
        input: value,
      });
    }
  });
export type UnitCost = z.infer<typeof unitCostSchema>;
