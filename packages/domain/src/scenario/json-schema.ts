// The published JSON Schema of the scenario format, generated from the zod schema so the two cannot drift.
// Cross-field rules (shares summing to 1, min ≤ mode ≤ max, unique ids, toOffset ≥ fromOffset) are not
// expressible in JSON Schema; `parseScenarioInput` is the complete check.
import { z } from "zod";
import {
  cohortSchema,
  costLineSchema,
  outcomeSchema,
  payersSchema,
  scenarioInputSchema,
  uncertainCountSchema,
  uncertainEffectSchema,
  uncertainSchema,
  uncertainShareSchema,
} from "./schema.ts";

/** A URN, so that the format's identity does not depend on a web address. */
export const scenarioInputJsonSchemaId = "urn:insats:schema:scenario-input:1";

/** JSON Schema (draft 2020-12) of `ScenarioInput` as written in JSON: fields with defaults are optional. */
export function scenarioInputJsonSchema(): Record<string, unknown> {
  // A registry of our own rather than zod's global one, so that $defs names come only from here.
  const names = z.registry<{ id: string; description?: string }>();
  names.add(payersSchema, { id: "Payers", description: "Shares of each payer, ≥ 0 and summing to 1" });
  names.add(uncertainSchema, {
    id: "Uncertain",
    description: "A number or a distribution within ±1e12 (SEK)",
  });
  names.add(uncertainEffectSchema, { id: "UncertainEffect", description: "An Uncertain within -1..1" });
  names.add(uncertainShareSchema, { id: "UncertainShare", description: "An Uncertain within 0..1" });
  names.add(uncertainCountSchema, { id: "UncertainCount", description: "An Uncertain within 0..1e6" });
  names.add(cohortSchema, { id: "Cohort" });
  names.add(costLineSchema, { id: "CostLine" });
  names.add(outcomeSchema, { id: "Outcome" });
  const generated = z.toJSONSchema(scenarioInputSchema, {
    target: "draft-2020-12",
    io: "input",
    metadata: names,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: scenarioInputJsonSchemaId,
    title: "Insats scenario input, version 1",
    description:
      "A cost-outcome scenario of a social investment initiative (docs/calculation.md of the Insats repository). Amounts in SEK in priceYear prices; rates and shares as fractions.",
    ...rest,
  };
}
