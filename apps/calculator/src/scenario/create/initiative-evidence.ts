// What the showcase knows about an initiative a planner starts from: its title and the evidence level of its
// evaluation. Read from the API's open data endpoint; when it cannot be read the scenario is still created, only
// without that context.
import { z } from "zod";
import { calculatorEnv } from "@/env";

const localized = z.object({ sv: z.string(), en: z.string().optional() });

const initiativeSchema = z.object({
  slug: z.string(),
  title: localized,
  evaluations: z
    .array(
      z.object({
        evidenceLevel: z.number().int().min(0).max(5).nullable().optional(),
        effect: z.object({ low: z.number(), high: z.number() }).nullable().optional(),
      }),
    )
    .default([]),
});

export interface InitiativeEvidence {
  slug: string;
  title: string;
  /** The highest level among the initiative's evaluations; null when none has results to grade. */
  evidenceLevel: number | null;
  effect: { low: number; high: number } | null;
}

export async function initiativeEvidence(slug: string, locale: string): Promise<InitiativeEvidence | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  try {
    const response = await fetch(`${calculatorEnv().INSATS_API_URL}/v1/initiatives/${slug}`, {
      cache: "no-store",
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return null;
    const parsed = initiativeSchema.safeParse(await response.json());
    if (!parsed.success) return null;
    const { title, evaluations } = parsed.data;
    const levels = evaluations.map((evaluation) => evaluation.evidenceLevel).filter((level) => typeof level === "number");
    return {
      slug,
      title: (locale === "en" ? title.en : undefined) ?? title.sv,
      evidenceLevel: levels.length > 0 ? Math.max(...levels) : null,
      effect: evaluations.find((evaluation) => evaluation.effect)?.effect ?? null,
    };
  } catch {
    return null;
  }
}
