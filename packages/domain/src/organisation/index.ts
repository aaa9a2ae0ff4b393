export * from "./reference.ts";
export * from "./schema.ts";
