export * from "./organisations.ts";
export * from "./auth.ts";
export * from "./scenarios.ts";
export * from "./audit.ts";
export * from "./rate-limits.ts";
