// The published JSON Schema of the follow-up format, generated from the zod schema like the scenario's. Rules
// across fields (offsets unique and inside the horizon, ids that exist in the scenario) are checked by
// `parseFollowUpInput` only.
import { z } from "zod";
import { followUpInputSchema } from "./schema.ts";

export const followUpInputJsonSchemaId = "urn:insats:schema:follow-up-input:1";

/** JSON Schema (draft 2020-12) of `FollowUpInput` as written in JSON. */
export function followUpInputJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(followUpInputSchema, { target: "draft-2020-12", io: "input" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: followUpInputJsonSchemaId,
    title: "Insats follow-up input, version 1",
    description:
      'A decided scenario, what was spent and measured in each reported year, and optionally a social investment fund\'s repayment rule (the @insats/domain README, "Follow-up and the fund").',
    ...rest,
  };
}
