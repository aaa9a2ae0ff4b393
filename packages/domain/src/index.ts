// Public API of @insats/domain. Each concept has its own folder with a barrel; add one line per folder.
export * from "./evaluation/design.ts";
export * from "./text/index.ts";
export * from "./organisation/index.ts";
export * from "./evaluation/schema.ts";
export * from "./initiative/index.ts";
export * from "./news/index.ts";
export * from "./scenario/index.ts";
export * from "./follow-up/index.ts";
export * from "./price/index.ts";
export * from "./unit-cost/index.ts";
export * from "./evaluation/effect.ts";
export * from "./evaluation/evidence.ts";
export { plausible } from "./bounds.ts";
export * from "./open-data/index.ts";
