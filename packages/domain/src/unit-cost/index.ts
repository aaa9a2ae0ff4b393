export * from "./library.ts";
export * from "./schema.ts";
