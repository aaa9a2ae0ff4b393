// Synthetic published initiatives for scale runs. This is the one place in test/ that imports @insats/db: it writes
// test data straight into the tables (bulk inserts, one transaction per batch), because creating 100 000
// initiatives through the API or createInitiative would take longer than the runs that use them.
//
//   tsx load/generate.ts --initiatives 10000 [--database-url postgres://…] [--pglite-dir /tmp/…]
import { parseArgs } from "node:util";
import {
  evaluationDesigns,
  evaluationStatuses,
  evidenceLevel,
  focusAreas,
  initiativeScopes,
  initiativeStatuses,
} from "@insats/domain";
import {
  createDb,
  type Database,
  evaluations,
  initiativeFocusAreas,
  initiativeOrganisations,
  initiativePlaces,
  initiatives,
  initiativeSources,
  migrate,
  organisations,
  seedDatabase,
} from "@insats/db";
import { eq, sql } from "drizzle-orm";

/** Slugs are predictable, so a load run can ask for any of them without reading the database. */
export const syntheticSlug = (index: number) => `syntetisk-insats-${index}`;

/** Words a search scenario can look for; each appears in a share of the titles and summaries. */
export const searchWords = [
  "språkutveckling",
  "föräldraskap",
  "hemtjänst",
  "fallprevention",
  "skolnärvaro",
] as const;

const titleOpenings = [
  "Tidiga insatser för",
  "Tillsammans för",
  "Satsning på",
  "Mobilt team för",
  "Familjecentral med",
  "Förebyggande arbete med",
  "Lotsning till",
  "Stöd för",
];
const titleSubjects = [
  ...searchWords,
  "psykisk hälsa",
  "trygga hem",
  "arbete och praktik",
  "rörelse i skolan",
  "läsfrämjande",
  "unga vuxna",
  "ensamkommande",
  "äldres hälsa",
];
const summaryPhrases = [
  "Kommunen och regionen arbetar tillsammans med barn, unga och deras familjer.",
  "Insatsen bygger på tidigare forskning om förebyggande arbete.",
  "Deltagarna får stöd av en samordnare under hela perioden.",
  "Målet är att minska behovet av ekonomiskt bistånd och placeringar.",
  "Skolan, socialtjänsten och hälso- och sjukvården delar på ansvaret.",
  "Utvärderingen jämför deltagarna med en kontrollgrupp.",
  "Föräldrar erbjuds gruppträffar och enskilda samtal.",
  "Arbetet finansieras delvis av en social investeringsfond.",
];
const targetGroups = [
  "Barn i förskoleåldern",
  "Elever i årskurs 4–6",
  "Unga vuxna 16–24 år",
  "Äldre över 75 år",
  "Föräldrar till små barn",
  "Personer långt från arbetsmarknaden",
];

/** A small seedable generator (mulberry32), so two runs with the same seed write the same data. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

interface Municipality {
  id: string;
  scbCode: string;
  countyCode: string | null;
  name: string;
}

export interface GenerateOptions {
  count: number;
  /** Rows per insert statement and transaction. */
  batchSize?: number;
  seed?: number;
  /** Index of the first initiative; lets a second call add to the first without slug clashes. */
  firstIndex?: number;
}

/** Inserts `count` published initiatives with a place, a lead organisation, focus areas and one evaluation each. */
export async function generateInitiatives(db: Database, options: GenerateOptions): Promise<void> {
  const { count, batchSize = 1000, seed = 1, firstIndex = 0 } = options;
  const random = randomSource(seed);
  const municipalities: Municipality[] = (
    await db
      .select({
        id: organisations.id,
        scbCode: organisations.scbCode,
        countyCode: organisations.countyCode,
        name: organisations.nameSv,
      })
      .from(organisations)
      .where(eq(organisations.kind, "municipality"))
  ).flatMap((row) => (row.scbCode ? [{ ...row, scbCode: row.scbCode }] : []));
  if (municipalities.length === 0)
    throw new Error("generateInitiatives needs a seeded database (no municipalities found)");

  for (let start = firstIndex; start < firstIndex + count; start += batchSize) {
    const size = Math.min(batchSize, firstIndex + count - start);
    const drafts = Array.from({ length: size }, (_, offset) => {
      const index = start + offset;
      const municipality = random.pick(municipalities);
      const subject = random.pick(titleSubjects);
      const title = `${random.pick(titleOpenings)} ${subject} i ${municipality.name} ${index}`;
      const summary = [
        random.pick(summaryPhrases),
        random.pick(summaryPhrases),
        `Fokus på ${random.pick(titleSubjects)}.`,
      ].join(" ");
      const areas = [...new Set([random.pick(focusAreas), random.pick(focusAreas)])];
      const design = random.pick(evaluationDesigns);
      const evaluationStatus = random.pick(evaluationStatuses);
      const ageMin = Math.floor(random.next() * 70);
      return { index, municipality, title, summary, areas, design, evaluationStatus, ageMin };
    });
    await db.transaction(async (tx) => {
      const rows = await tx
        .insert(initiatives)
        .values(
          drafts.map((draft) => ({
            slug: syntheticSlug(draft.index),
            ownerOrganisationId: draft.municipality.id,
            showcaseGroup: "national" as const,
            status: random.pick(initiativeStatuses),
            scope: random.pick(initiativeScopes),
            titleSv: draft.title,
            titleEn: `Synthetic initiative ${draft.index}`,
            summarySv: draft.summary,
            summaryEn: "A synthetic initiative for load tests.",
            targetDescriptionSv: random.pick(targetGroups),
            targetDescriptionEn: "Synthetic target group",
            ageMin: draft.ageMin,
            ageMax: draft.ageMin + 10,
            targetAgeMin: draft.ageMin,
            targetAgeMax: draft.ageMin + 10,
            periodStart: String(2010 + (draft.index % 15)),
            searchTerms: draft.municipality.name,
            published: true,
            publishedAt: new Date(),
          })),
        )
        .returning({ id: initiatives.id, slug: initiatives.slug });
      const idOf = new Map(rows.map((row) => [row.slug, row.id]));
      const withIds = drafts.map((draft) => ({ ...draft, id: idOf.get(syntheticSlug(draft.index))! }));
      await tx.insert(initiativePlaces).values(
        withIds.map((draft) => ({
          initiativeId: draft.id,
          position: 0,
          kind: "municipality" as const,
          municipalityCode: draft.municipality.scbCode,
          countyCode: draft.municipality.countyCode,
          name: draft.municipality.name,
        })),
      );
      await tx.insert(initiativeOrganisations).values(
        withIds.map((draft) => ({
          initiativeId: draft.id,
          position: 0,
          organisationId: draft.municipality.id,
          role: "lead" as const,
        })),
      );
      await tx
        .insert(initiativeFocusAreas)
        .values(
          withIds.flatMap((draft) =>
            draft.areas.map((focusArea, position) => ({ initiativeId: draft.id, focusArea, position })),
          ),
        );
      // The domain requires a cited source for every initiative; the reads validate their output against it.
      await tx.insert(initiativeSources).values(
        withIds.map((draft) => ({
          initiativeId: draft.id,
          position: 0,
          title: "Syntetiska testdata (test/load/generate.ts)",
        })),
      );
      await tx.insert(evaluations).values(
        withIds.map((draft) => ({
          initiativeId: draft.id,
          position: 0,
          key: "utvardering",
          designs: [draft.design],
          status: draft.evaluationStatus,
          evidenceLevel: evidenceLevel({ designs: [draft.design], status: draft.evaluationStatus }),
          descriptionSv: "Syntetisk utvärdering.",
          descriptionEn: "Synthetic evaluation.",
        })),
      );
    });
  }
  // As after any bulk load: fresh statistics for the planner, and a visibility map so that counts can be answered
  // from indexes. Autovacuum would get there too, but only some time into a run, which then measures the catch-up.
  await db.execute(sql`vacuum analyze`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      initiatives: { type: "string", default: "10000" },
      "database-url": { type: "string" },
      "pglite-dir": { type: "string" },
    },
  });
  const count = Number(values.initiatives);
  if (!Number.isInteger(count) || count < 1) throw new Error("--initiatives must be a positive integer");
  const handle = await createDb({ databaseUrl: values["database-url"], pgliteDir: values["pglite-dir"] });
  try {
    await migrate(handle.db);
    await seedDatabase(handle.db);
    const started = performance.now();
    await generateInitiatives(handle.db, { count });
    console.info(
      `generated ${count} initiatives in ${((performance.now() - started) / 1000).toFixed(1)} s (${handle.kind})`,
    );
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
