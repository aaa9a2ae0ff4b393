export * from "./cpi.ts";
