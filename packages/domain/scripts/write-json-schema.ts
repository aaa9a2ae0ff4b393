// Writes packages/domain/scenario-input.schema.json from the zod schema (`pnpm schema:write`).
// src/scenario/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioInputJsonSchema } from "../src/scenario/json-schema.ts";

const target = fileURLToPath(new URL("../scenario-input.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(scenarioInputJsonSchema(), null, 2)}\n`);
console.info(`wrote ${target}`);
