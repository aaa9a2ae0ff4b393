export * from "./audit.ts";
export * from "./cursor.ts";
export * from "./health.ts";
export * from "./memberships.ts";
export * from "./organisations.ts";
export * from "./scenarios.ts";
export * from "./users.ts";
