import { z } from "zod";
import { partialDateSchema } from "./date.ts";
import { localizedTextSchema } from "./schema.ts";

/**
 * Where a fact comes from. `title` is the source's own title, in its own language. Leave `publisher` and
 * `url` out when the source does not give them, and say so in `note`: an invented address is worse than none.
 */
export const sourceSchema = z.strictObject({
  title: z.string().trim().min(1, { error: "A source needs a title" }).max(500),
  publisher: z.string().trim().min(1).max(300).optional(),
  url: z.url({ protocol: /^https?$/, error: "Expected an http(s) URL" }).optional(),
  /** When the source was read (or its date, when it has one). */
  accessed: partialDateSchema.optional(),
  note: localizedTextSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
