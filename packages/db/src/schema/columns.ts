// Column shapes shared by every aggregate. Timestamps keep millisecond precision, the precision of a JavaScript
// Date, so a value read back compares equal to what is stored (keyset cursors rely on that).
import { timestamp } from "drizzle-orm/pg-core";

export const instant = () => timestamp({ withTimezone: true, precision: 3, mode: "date" });

export const createdAt = () => instant().notNull().defaultNow();

export const updatedAt = () =>
  instant()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
