import { describe, expect, it, vi } from "vitest";
import { z, ZodError } from "zod";
import { validatedSynchronously } from "./trpc.ts";

describe("validatedSynchronously", () => {
  const page = z.object({ items: z.array(z.object({ slug: z.string(), count: z.number().int() })), total: z.number() });

  it("answers parseAsync as the schema does, through the synchronous parse", async () => {
    const fast = validatedSynchronously(page);
    const synchronous = vi.spyOn(fast, "parse");
    const value = { items: [{ slug: "a", count: 1, extra: true }], total: 1 };
    expect(await fast.parseAsync(value)).toEqual(await page.parseAsync(value));
    expect(synchronous).toHaveBeenCalledOnce();
    await expect(fast.parseAsync({ items: [{ slug: "a", count: 1.5 }], total: 1 })).rejects.toBeInstanceOf(ZodError);
  });

  it("leaves the schema it was given as it was", () => {
    // The test compares the method itself and never calls it, so `this` does not matter.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const parseAsync = page.parseAsync;
    expect(validatedSynchronously(page)).not.toBe(page);
    // eslint-disable-next-line @typescript-eslint/unbound-method
    expect(page.parseAsync).toBe(parseAsync);
  });
});
