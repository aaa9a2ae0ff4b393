export * from "./schema.ts";
export * from "./date.ts";
export * from "./source.ts";
