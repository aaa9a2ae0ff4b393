export * from "./schema.ts";
export { computeScenario, paybackOffset } from "./compute.ts";
export { simulateScenario, simulationWork, percentileInc } from "./simulate.ts";
export { sensitivity } from "./sensitivity.ts";
export { baseValue } from "./model.ts";
export * from "./templates.ts";
export * from "./json-schema.ts";
export { workedExampleScenario } from "./worked-example.ts";
export { largestScenario } from "./largest.ts";
