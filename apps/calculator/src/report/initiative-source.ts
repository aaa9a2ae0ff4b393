// What the showcase says about the evaluation behind an effect: the initiative's title, each evaluation's designs,
// evidence level, comparison groups and effect range. Read from the API's open data; when it cannot be read the
// report still renders, only without that context.
import { evaluationDesigns } from "@insats/domain";
import { z } from "zod";
import { calculatorEnv } from "@/env";

const localized = z.object({ sv: z.string(), en: z.string().optional() });

const evaluationSchema = z.object({
  designs: z.array(z.enum(evaluationDesigns)).default([]),
  evidenceLevel: z.number().int().min(0).max(5).nullable().optional(),
  groups: z.array(z.object({ label: localized, kind: z.enum(["treatment", "control"]) })).default([]),
  effect: z.object({ low: z.number(), high: z.number() }).nullable().optional(),
});

const initiativeSchema = z.object({ title: localized, evaluations: z.array(evaluationSchema).default([]) });

export interface EvaluationSource {
  initiative: string;
  designs: (typeof evaluationDesigns)[number][];
  evidenceLevel: number | null;
  /** The comparison (control) groups' names. */
  comparisonGroups: string[];
  effect: { low: number; high: number };
}

/** The evaluations of an initiative that report an effect range, in the reader's language. */
export async function evaluationSources(slug: string, locale: string): Promise<EvaluationSource[]> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return [];
  try {
    const response = await fetch(`${calculatorEnv().INSATS_API_URL}/v1/initiatives/${slug}`, { cache: "no-store", signal: AbortSignal.timeout(3000) });
    if (!response.ok) return [];
    const parsed = initiativeSchema.safeParse(await response.json());
    if (!parsed.success) return [];
    const text = (value: z.infer<typeof localized>) => (locale === "en" ? value.en : undefined) ?? value.sv;
    return parsed.data.evaluations.flatMap((evaluation) =>
      evaluation.effect
        ? [
            {
              initiative: text(parsed.data.title),
              designs: evaluation.designs,
              evidenceLevel: evaluation.evidenceLevel ?? null,
              comparisonGroups: evaluation.groups.filter((group) => group.kind === "control").map((group) => text(group.label)),
              effect: evaluation.effect,
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}
