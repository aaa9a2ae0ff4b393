export * from "./schema.ts";
export { followUp } from "./follow-up.ts";
export * from "./json-schema.ts";
export * from "./public.ts";
export { workedExampleFollowUp } from "./worked-example.ts";
