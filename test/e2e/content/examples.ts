// Inspiration examples of the demo editor's organisation (Norrköping), made over the API for the tests whose
// subject is what happens to an example, not the writing of it (workspace.spec.ts writes one through the form).
import { type InitiativeInput, initiativeSchema } from "@insats/domain";
import { type APIRequestContext, type Page } from "@playwright/test";
import { test as base, uniqueId } from "../calculator/fixtures";
import { trpcMutation } from "../trpc";

export const editorEmail = "redaktor@norrkoping.demo.insats.se";

/** The calculator's fixtures and `editor`: a page of its own context signed in as Norrköping's demo editor. */
export const test = base.extend<{ editor: Page }>({
  editor: async ({ signedIn }, use) => {
    await use(await signedIn(editorEmail));
  },
});

export interface Example {
  slug: string;
  title: string;
  /** The version the example has now. */
  version: number;
}

/**
 * The example workspace.spec.ts writes through the form, as the form stores it: in Swedish only (the English
 * fields hold the Swedish words and the record is marked untranslated), with a before-and-after evaluation.
 */
export function exampleInput(id: string): InitiativeInput {
  const sv = (text: string) => ({ sv: text, en: text });
  return initiativeSchema.parse({
    slug: `sprakstod-i-forskolan-${id}`,
    title: sv(`Språkstöd i förskolan ${id}`),
    summary: sv("Språkstöd för barn i förskolan, med föräldrar."),
    targetGroup: { description: sv("Barn i förskolan"), ageMin: 3, ageMax: 5 },
    period: { start: "2026-01" },
    status: "ongoing",
    scope: "local",
    focusAreas: ["language"],
    places: [{ kind: "municipality", scbCode: "0581" }],
    organisations: [{ organisation: { scbCode: "0581" }, role: "lead" }],
    evaluations: [
      {
        key: "utvardering-1",
        designs: ["beforeAfter"],
        status: "completed",
        description: sv("Språktest före och efter ett år."),
        measures: [{ key: "m1", label: sv("Barn med språkförsening") }],
        groups: [{ key: "g1", label: sv("Barn i insatsen"), kind: "treatment" }],
        results: [{ measureKey: "m1", groupKey: "g1", before: 40, after: 20 }],
      },
    ],
    sources: [{ title: "Verksamhetsberättelse 2026" }],
    showcaseGroup: "national",
    untranslated: true,
  });
}

/** Creates a draft example (version 1) as the editor signed in on `request`; `published` makes it version 2. */
export async function createExample(request: APIRequestContext, options: { published?: boolean } = {}): Promise<Example> {
  const initiative = exampleInput(uniqueId());
  const created = await trpcMutation<{ slug: string; version: number }>(request, "content.createInitiative", { initiative });
  const example = { slug: created.slug, title: initiative.title.sv, version: created.version };
  return options.published ? setPublished(request, example, true) : example;
}

export async function setPublished(request: APIRequestContext, example: Example, published: boolean): Promise<Example> {
  const record = await trpcMutation<{ version: number }>(request, "content.setInitiativePublished", {
    slug: example.slug,
    expectedVersion: example.version,
    published,
  });
  return { ...example, version: record.version };
}

/** Saves the example again with `change` applied: one more version, as an edit in the form makes. */
export async function updateExample(
  request: APIRequestContext,
  example: Example,
  change: (initiative: InitiativeInput) => InitiativeInput,
): Promise<Example> {
  const initiative = change(exampleInput(example.slug.replace(/^sprakstod-i-forskolan-/, "")));
  const record = await trpcMutation<{ version: number }>(request, "content.updateInitiative", {
    slug: example.slug,
    expectedVersion: example.version,
    initiative,
  });
  return { ...example, version: record.version };
}
