// Writes the published JSON Schemas from the zod schemas (`pnpm schema:write`): packages/domain/
// scenario-input.schema.json and follow-up-input.schema.json. Their tests fail when a committed file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { followUpInputJsonSchema } from "../src/follow-up/json-schema.ts";
import { scenarioInputJsonSchema } from "../src/scenario/json-schema.ts";

for (const [file, schema] of [
  ["scenario-input.schema.json", scenarioInputJsonSchema()],
  ["follow-up-input.schema.json", followUpInputJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(`../${file}`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.info(`wrote ${target}`);
}
