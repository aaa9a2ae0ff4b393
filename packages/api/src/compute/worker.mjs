// A worker thread of the compute pool (pool.ts). JavaScript, because it is the file Node opens first: the API runs
// its TypeScript under tsx, whose loader a worker thread does not inherit on Node 20 (from `tsx src/server/main.ts`
// or from a test runner), so the worker registers it before it imports the engine.
import { register } from "tsx/esm/api";

register();
const { analyseScenario } = await import("./analysis.ts");

export default analyseScenario;
