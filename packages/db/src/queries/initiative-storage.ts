// The domain Initiative spread over its tables and gathered back: what createInitiative, updateInitiative, the
// seed and the reads share. Not part of the package's API.
import {
  type Contact,
  type EffectUnit,
  type Evaluation,
  evidenceLevel,
  findCounty,
  findMunicipality,
  focusAreaLabels,
  type Initiative,
  type OrganisationRef,
  organisationRefKey,
  type Place,
  targetAgeRange,
} from "@insats/domain";
import { asc, eq, inArray } from "drizzle-orm";

import type { Database } from "../client.ts";
import { ValidationError } from "../errors.ts";
import { evaluationGroups, evaluationResults, evaluations } from "../schema/evaluations.ts";
import {
  type InitiativeRow,
  initiativeFocusAreas,
  initiativeOrganisations,
  initiativePlaces,
  initiativeQuotes,
  initiatives,
  initiativeSources,
  type NewInitiativeRow,
} from "../schema/initiatives.ts";
import { organisations } from "../schema/organisations.ts";
import {
  canonicalRef,
  compact,
  localized,
  localizedRequired,
  lookupColumns,
  lookupOrganisations,
  type OrganisationLookupRow,
  organisationLinkColumns,
  organisationOf,
  periodColumns,
  periodOf,
  type RefAt,
  resolvedOrganisation,
  repeatedRoleIssues,
  resolveOrganisationRefs,
  sourceColumns,
  sourceOf,
} from "./content.ts";
import type { EvaluationRecord, InitiativeRecord } from "./outputs.ts";

/** The columns of `initiatives` a caller may read (not the generated search document). */
export const initiativeColumns = {
  id: initiatives.id,
  slug: initiatives.slug,
  ownerOrganisationId: initiatives.ownerOrganisationId,
  showcaseGroup: initiatives.showcaseGroup,
  reviewedOn: initiatives.reviewedOn,
  untranslated: initiatives.untranslated,
  status: initiatives.status,
  scope: initiatives.scope,
  titleSv: initiatives.titleSv,
  titleEn: initiatives.titleEn,
  taglineSv: initiatives.taglineSv,
  taglineEn: initiatives.taglineEn,
  summarySv: initiatives.summarySv,
  summaryEn: initiatives.summaryEn,
  backgroundSv: initiatives.backgroundSv,
  backgroundEn: initiatives.backgroundEn,
  aimSv: initiatives.aimSv,
  aimEn: initiatives.aimEn,
  methodSv: initiatives.methodSv,
  methodEn: initiatives.methodEn,
  priorEvidenceSv: initiatives.priorEvidenceSv,
  priorEvidenceEn: initiatives.priorEvidenceEn,
  evaluationNoteSv: initiatives.evaluationNoteSv,
  evaluationNoteEn: initiatives.evaluationNoteEn,
  targetDescriptionSv: initiatives.targetDescriptionSv,
  targetDescriptionEn: initiatives.targetDescriptionEn,
  ageMin: initiatives.ageMin,
  ageMax: initiatives.ageMax,
  schoolYearFrom: initiatives.schoolYearFrom,
  schoolYearTo: initiatives.schoolYearTo,
  targetAgeMin: initiatives.targetAgeMin,
  targetAgeMax: initiatives.targetAgeMax,
  participantsMin: initiatives.participantsMin,
  participantsMax: initiatives.participantsMax,
  periodStart: initiatives.periodStart,
  periodEnd: initiatives.periodEnd,
  periodDescriptionSv: initiatives.periodDescriptionSv,
  periodDescriptionEn: initiatives.periodDescriptionEn,
  highlights: initiatives.highlights,
  contacts: initiatives.contacts,
  published: initiatives.published,
  publishedAt: initiatives.publishedAt,
  version: initiatives.version,
  createdAt: initiatives.createdAt,
  updatedAt: initiatives.updatedAt,
  titleSort: initiatives.titleSort,
};
export type StoredInitiative = Omit<
  InitiativeRow,
  "search" | "searchEn" | "searchText" | "searchTerms" | "searchTermsEn"
>;

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** Every organisation reference of an initiative, with where it occurs. */
function initiativeRefs(initiative: Initiative): RefAt[] {
  const refs: RefAt[] = [];
  initiative.organisations.forEach((link, index) =>
    refs.push({ ref: link.organisation, path: `organisations.${index}.organisation` }),
  );
  initiative.contacts.forEach((contact, index) => {
    if (contact.organisation)
      refs.push({ ref: contact.organisation, path: `contacts.${index}.organisation` });
  });
  initiative.evaluations.forEach((evaluation, index) => {
    if (evaluation.evaluator && !("name" in evaluation.evaluator)) {
      refs.push({ ref: evaluation.evaluator, path: `evaluations.${index}.evaluator` });
    }
  });
  return refs;
}

/**
 * Resolves the initiative's organisation references against the database. Throws a ValidationError for a
 * reference to nothing, and for two references to the same organisation in the same role (an SCB code and a
 * slug can name one organisation).
 */
export async function resolveInitiativeOrganisations(
  db: Database,
  initiative: Initiative,
): Promise<Map<string, OrganisationLookupRow>> {
  const found = await resolveOrganisationRefs(db, "initiative", initiativeRefs(initiative));
  const issues = repeatedRoleIssues(found, initiative.organisations);
  if (issues.length > 0) throw new ValidationError("initiative", issues);
  return found;
}

/** The organisation that owns seeded content: the first lead, else the first partner, else the first named. */
export function leadOrganisationRef(initiative: Initiative): OrganisationRef {
  const link =
    initiative.organisations.find((candidate) => candidate.role === "lead") ??
    initiative.organisations.find((candidate) => candidate.role === "partner") ??
    initiative.organisations[0];
  if (!link) throw new Error(`initiative ${initiative.slug} names no organisation`);
  return link.organisation;
}

function placeColumns(place: Place, position: number) {
  switch (place.kind) {
    case "municipality": {
      const municipality = findMunicipality(place.scbCode);
      return {
        position,
        kind: place.kind,
        municipalityCode: place.scbCode,
        countyCode: municipality?.countyCode ?? null,
        name: municipality?.name ?? place.scbCode,
        descriptionSv: null,
        descriptionEn: null,
      };
    }
    case "region":
      return {
        position,
        kind: place.kind,
        municipalityCode: null,
        countyCode: place.countyCode,
        name: findCounty(place.countyCode)?.regionName ?? place.countyCode,
        descriptionSv: null,
        descriptionEn: null,
      };
    case "site":
      return {
        position,
        kind: place.kind,
        municipalityCode: place.scbCode ?? null,
        countyCode: place.scbCode ? (findMunicipality(place.scbCode)?.countyCode ?? null) : null,
        name: place.name,
        descriptionSv: place.description?.sv ?? null,
        descriptionEn: place.description?.en ?? null,
      };
  }
}

/**
 * Words in one language a search should find the initiative by that its text columns do not hold: the names of
 * its places, municipalities, counties and regions, of its organisations (in English where they have an English
 * name) and the labels of its focus areas.
 */
function searchTermsOf(
  initiative: Initiative,
  found: Map<string, OrganisationLookupRow>,
  language: "sv" | "en",
): string {
  const terms = new Set<string>();
  for (const place of initiative.places) {
    const columns = placeColumns(place, 0);
    terms.add(columns.name);
    const description = language === "sv" ? columns.descriptionSv : columns.descriptionEn;
    if (description) terms.add(description);
    if (columns.municipalityCode) {
      const municipality = findMunicipality(columns.municipalityCode);
      if (municipality) terms.add(municipality.name);
    }
    if (columns.countyCode) {
      const county = findCounty(columns.countyCode);
      if (county) {
        terms.add(county.countyName);
        terms.add(county.regionName);
      }
    }
  }
  for (const link of initiative.organisations) {
    const organisation = organisationOf(found, link.organisation);
    terms.add(language === "sv" ? organisation.nameSv : (organisation.nameEn ?? organisation.nameSv));
  }
  for (const area of initiative.focusAreas) terms.add(focusAreaLabels[area][language]);
  return [...terms].join(" \n");
}

function canonicalContacts(contacts: Contact[], found: Map<string, OrganisationLookupRow>): Contact[] {
  return contacts.map((contact) =>
    contact.organisation
      ? { ...contact, organisation: canonicalRef(organisationOf(found, contact.organisation)) }
      : contact,
  );
}

/** The `initiatives` columns of a domain initiative (not owner, publication or version). */
export function initiativeRowValues(
  initiative: Initiative,
  found: Map<string, OrganisationLookupRow>,
): Omit<NewInitiativeRow, "id" | "ownerOrganisationId" | "published" | "publishedAt" | "version"> {
  const { targetGroup, participants } = initiative;
  const ages = targetAgeRange(targetGroup);
  return {
    slug: initiative.slug,
    showcaseGroup: initiative.showcaseGroup,
    reviewedOn: initiative.reviewedOn ?? null,
    untranslated: initiative.untranslated === true,
    status: initiative.status,
    scope: initiative.scope,
    titleSv: initiative.title.sv,
    titleEn: initiative.title.en,
    taglineSv: initiative.tagline?.sv ?? null,
    taglineEn: initiative.tagline?.en ?? null,
    summarySv: initiative.summary.sv,
    summaryEn: initiative.summary.en,
    backgroundSv: initiative.background?.sv ?? null,
    backgroundEn: initiative.background?.en ?? null,
    aimSv: initiative.aim?.sv ?? null,
    aimEn: initiative.aim?.en ?? null,
    methodSv: initiative.method?.sv ?? null,
    methodEn: initiative.method?.en ?? null,
    priorEvidenceSv: initiative.priorEvidence?.sv ?? null,
    priorEvidenceEn: initiative.priorEvidence?.en ?? null,
    evaluationNoteSv: initiative.evaluationNote?.sv ?? null,
    evaluationNoteEn: initiative.evaluationNote?.en ?? null,
    targetDescriptionSv: targetGroup.description.sv,
    targetDescriptionEn: targetGroup.description.en,
    ageMin: targetGroup.ageMin ?? null,
    ageMax: targetGroup.ageMax ?? null,
    schoolYearFrom: targetGroup.schoolYears?.from ?? null,
    schoolYearTo: targetGroup.schoolYears?.to ?? null,
    targetAgeMin: ages?.min ?? null,
    targetAgeMax: ages?.max ?? null,
    participantsMin:
      participants === undefined ? null : typeof participants === "number" ? participants : participants.min,
    participantsMax: participants === undefined || typeof participants === "number" ? null : participants.max,
    ...periodColumns(initiative.period),
    highlights: initiative.highlights,
    contacts: canonicalContacts(initiative.contacts, found),
    searchTerms: searchTermsOf(initiative, found, "sv"),
    searchTermsEn: searchTermsOf(initiative, found, "en"),
  };
}

/** What `evidenceLevel` grades: results in numbers or words count as results, whatever the status says. */
export function evaluationEvidenceLevel(evaluation: Evaluation): number | null {
  return evidenceLevel({
    designs: evaluation.designs,
    status: evaluation.status,
    hasResults:
      evaluation.status === "completed" ||
      evaluation.results.length > 0 ||
      evaluation.effect !== undefined ||
      evaluation.findings !== undefined,
  });
}

/** Writes the child rows of an initiative whose own row exists and whose children do not (any more). */
export async function insertInitiativeParts(
  tx: Database,
  initiativeId: string,
  initiative: Initiative,
  found: Map<string, OrganisationLookupRow>,
): Promise<void> {
  await tx.insert(initiativeOrganisations).values(
    initiative.organisations.map((link, position) => ({
      initiativeId,
      ...organisationLinkColumns(found, link, position),
      noteSv: link.note?.sv ?? null,
      noteEn: link.note?.en ?? null,
    })),
  );
  await tx
    .insert(initiativePlaces)
    .values(initiative.places.map((place, position) => ({ initiativeId, ...placeColumns(place, position) })));
  await tx
    .insert(initiativeFocusAreas)
    .values(initiative.focusAreas.map((focusArea, position) => ({ initiativeId, focusArea, position })));
  if (initiative.quotes.length > 0) {
    await tx.insert(initiativeQuotes).values(
      initiative.quotes.map((quote, position) => ({
        initiativeId,
        position,
        textSv: quote.text.sv,
        textEn: quote.text.en,
        attributionSv: quote.attribution.sv,
        attributionEn: quote.attribution.en,
      })),
    );
  }
  await tx
    .insert(initiativeSources)
    .values(
      initiative.sources.map((source, position) => ({ initiativeId, ...sourceColumns(source, position) })),
    );
  if (initiative.evaluations.length === 0) return;

  const inserted = await tx
    .insert(evaluations)
    .values(
      initiative.evaluations.map((evaluation, position) => {
        const evaluator = evaluation.evaluator;
        const byName = evaluator !== undefined && "name" in evaluator ? evaluator.name : undefined;
        const byOrganisation =
          evaluator !== undefined && !("name" in evaluator) ? organisationOf(found, evaluator).id : null;
        return {
          initiativeId,
          position,
          key: evaluation.key,
          designs: evaluation.designs,
          status: evaluation.status,
          evidenceLevel: evaluationEvidenceLevel(evaluation),
          ...periodColumns(evaluation.period),
          evaluatorOrganisationId: byOrganisation,
          evaluatorNameSv: byName?.sv ?? null,
          evaluatorNameEn: byName?.en ?? null,
          descriptionSv: evaluation.description.sv,
          descriptionEn: evaluation.description.en,
          findingsSv: evaluation.findings?.sv ?? null,
          findingsEn: evaluation.findings?.en ?? null,
          measures: evaluation.measures,
          effectMeasureKey: evaluation.effect?.measureKey ?? null,
          effectLow: evaluation.effect?.low ?? null,
          effectHigh: evaluation.effect?.high ?? null,
          effectCentral: evaluation.effect?.central ?? null,
          effectUnit: evaluation.effect?.unit ?? null,
          effectBasisSv: evaluation.effect?.basis.sv ?? null,
          effectBasisEn: evaluation.effect?.basis.en ?? null,
        };
      }),
    )
    .returning({ id: evaluations.id, key: evaluations.key });
  const idByKey = new Map(inserted.map((row) => [row.key, row.id]));
  const evaluationIdOf = (key: string) => {
    const id = idByKey.get(key);
    if (id === undefined) throw new Error(`No evaluation was inserted with the key ${key}`);
    return id;
  };
  const groups = initiative.evaluations.flatMap((evaluation) =>
    evaluation.groups.map((group, position) => ({
      evaluationId: evaluationIdOf(evaluation.key),
      position,
      key: group.key,
      kind: group.kind,
      labelSv: group.label.sv,
      labelEn: group.label.en,
      descriptionSv: group.description?.sv ?? null,
      descriptionEn: group.description?.en ?? null,
      size: group.size ?? null,
    })),
  );
  if (groups.length > 0) await tx.insert(evaluationGroups).values(groups);
  const results = initiative.evaluations.flatMap((evaluation) =>
    evaluation.results.map((result, position) => ({
      evaluationId: evaluationIdOf(evaluation.key),
      position,
      measureKey: result.measureKey,
      groupKey: result.groupKey,
      before: result.before ?? null,
      after: result.after ?? null,
      change: result.change ?? null,
      noteSv: result.note?.sv ?? null,
      noteEn: result.note?.en ?? null,
    })),
  );
  if (results.length > 0) await tx.insert(evaluationResults).values(results);
}

/** The child rows of an initiative a new version replaces (evaluations take their groups and results with them). */
export const initiativeParts = [
  { table: initiativeOrganisations, recordId: initiativeOrganisations.initiativeId },
  { table: initiativePlaces, recordId: initiativePlaces.initiativeId },
  { table: initiativeFocusAreas, recordId: initiativeFocusAreas.initiativeId },
  { table: initiativeQuotes, recordId: initiativeQuotes.initiativeId },
  { table: initiativeSources, recordId: initiativeSources.initiativeId },
  { table: evaluations, recordId: evaluations.initiativeId },
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** The domain initiative of a stored row, with its evaluations' evidence levels and the organisations it names. */
export async function readInitiativeRecord(db: Database, row: StoredInitiative): Promise<InitiativeRecord> {
  const id = row.id;
  const [areas, places, links, quotes, sources, evaluationRows] = await Promise.all([
    db
      .select({ focusArea: initiativeFocusAreas.focusArea })
      .from(initiativeFocusAreas)
      .where(eq(initiativeFocusAreas.initiativeId, id))
      .orderBy(asc(initiativeFocusAreas.position)),
    db
      .select()
      .from(initiativePlaces)
      .where(eq(initiativePlaces.initiativeId, id))
      .orderBy(asc(initiativePlaces.position)),
    db
      .select({ link: initiativeOrganisations, organisation: lookupColumns })
      .from(initiativeOrganisations)
      .innerJoin(organisations, eq(organisations.id, initiativeOrganisations.organisationId))
      .where(eq(initiativeOrganisations.initiativeId, id))
      .orderBy(asc(initiativeOrganisations.position)),
    db
      .select()
      .from(initiativeQuotes)
      .where(eq(initiativeQuotes.initiativeId, id))
      .orderBy(asc(initiativeQuotes.position)),
    db
      .select()
      .from(initiativeSources)
      .where(eq(initiativeSources.initiativeId, id))
      .orderBy(asc(initiativeSources.position)),
    db.select().from(evaluations).where(eq(evaluations.initiativeId, id)).orderBy(asc(evaluations.position)),
  ]);
  const evaluationIds = evaluationRows.map((evaluation) => evaluation.id);
  const [groups, results, named] = await Promise.all([
    evaluationIds.length === 0
      ? []
      : db
          .select()
          .from(evaluationGroups)
          .where(inArray(evaluationGroups.evaluationId, evaluationIds))
          .orderBy(asc(evaluationGroups.evaluationId), asc(evaluationGroups.position)),
    evaluationIds.length === 0
      ? []
      : db
          .select()
          .from(evaluationResults)
          .where(inArray(evaluationResults.evaluationId, evaluationIds))
          .orderBy(asc(evaluationResults.evaluationId), asc(evaluationResults.position)),
    lookupOrganisations(db, {
      refs: row.contacts.flatMap((contact) => (contact.organisation ? [contact.organisation] : [])),
      ids: evaluationRows.flatMap((evaluation) =>
        evaluation.evaluatorOrganisationId ? [evaluation.evaluatorOrganisationId] : [],
      ),
    }),
  ]);

  const resolvedOrganisations: InitiativeRecord["resolvedOrganisations"] = {};
  const refTo = (organisation: OrganisationLookupRow): OrganisationRef => {
    const ref = canonicalRef(organisation);
    resolvedOrganisations[organisationRefKey(ref)] = resolvedOrganisation(organisation);
    return ref;
  };

  const evaluationRecords: EvaluationRecord[] = evaluationRows.map((evaluation) => {
    const evaluatorOrganisation = evaluation.evaluatorOrganisationId
      ? named.get(`id:${evaluation.evaluatorOrganisationId}`)
      : undefined;
    const evaluatorName = localized(evaluation.evaluatorNameSv, evaluation.evaluatorNameEn);
    return compact({
      key: evaluation.key,
      designs: evaluation.designs,
      status: evaluation.status,
      period: periodOf(evaluation),
      evaluator: evaluatorOrganisation
        ? refTo(evaluatorOrganisation)
        : evaluatorName
          ? { name: evaluatorName }
          : undefined,
      description: localizedRequired(evaluation.descriptionSv, evaluation.descriptionEn),
      measures: evaluation.measures,
      groups: groups
        .filter((group) => group.evaluationId === evaluation.id)
        .map((group) =>
          compact({
            key: group.key,
            label: localizedRequired(group.labelSv, group.labelEn),
            kind: group.kind,
            description: localized(group.descriptionSv, group.descriptionEn),
            size: group.size ?? undefined,
          }),
        ),
      results: results
        .filter((result) => result.evaluationId === evaluation.id)
        .map((result) =>
          compact({
            measureKey: result.measureKey,
            groupKey: result.groupKey,
            before: result.before ?? undefined,
            after: result.after ?? undefined,
            change: result.change ?? undefined,
            note: localized(result.noteSv, result.noteEn),
          }),
        ),
      findings: localized(evaluation.findingsSv, evaluation.findingsEn),
      effect: effectOf(evaluation),
      evidenceLevel: evaluation.evidenceLevel,
    });
  });

  const contacts: Contact[] = row.contacts.map((contact) => {
    if (!contact.organisation) return contact;
    const organisation = named.get(organisationRefKey(contact.organisation));
    return organisation ? { ...contact, organisation: refTo(organisation) } : contact;
  });

  const initiative: Initiative = compact({
    slug: row.slug,
    title: localizedRequired(row.titleSv, row.titleEn),
    tagline: localized(row.taglineSv, row.taglineEn),
    summary: localizedRequired(row.summarySv, row.summaryEn),
    background: localized(row.backgroundSv, row.backgroundEn),
    aim: localized(row.aimSv, row.aimEn),
    method: localized(row.methodSv, row.methodEn),
    highlights: row.highlights,
    targetGroup: compact({
      description: localizedRequired(row.targetDescriptionSv, row.targetDescriptionEn),
      ageMin: row.ageMin ?? undefined,
      ageMax: row.ageMax ?? undefined,
      schoolYears:
        row.schoolYearFrom !== null && row.schoolYearTo !== null
          ? { from: row.schoolYearFrom, to: row.schoolYearTo }
          : undefined,
    }),
    participants:
      row.participantsMin === null
        ? undefined
        : row.participantsMax === null
          ? row.participantsMin
          : { min: row.participantsMin, max: row.participantsMax },
    period: periodOf(row) ?? {},
    status: row.status,
    scope: row.scope,
    focusAreas: areas.map((area) => area.focusArea),
    places: places.map(placeOf),
    organisations: links.map(({ link, organisation }) =>
      compact({
        organisation: refTo(organisation),
        role: link.role,
        note: localized(link.noteSv, link.noteEn),
      }),
    ),
    contacts,
    quotes: quotes.map((quote) => ({
      text: localizedRequired(quote.textSv, quote.textEn),
      attribution: localizedRequired(quote.attributionSv, quote.attributionEn),
    })),
    priorEvidence: localized(row.priorEvidenceSv, row.priorEvidenceEn),
    evaluations: evaluationRecords,
    evaluationNote: localized(row.evaluationNoteSv, row.evaluationNoteEn),
    sources: sources.map(sourceOf),
    showcaseGroup: row.showcaseGroup,
    reviewedOn: row.reviewedOn ?? undefined,
    untranslated: row.untranslated ? true : undefined,
  });

  return {
    ...initiative,
    evaluations: evaluationRecords,
    id: row.id,
    ownerOrganisationId: row.ownerOrganisationId,
    version: row.version,
    published: row.published,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedOrganisations,
  };
}

function placeOf(row: typeof initiativePlaces.$inferSelect): Place {
  switch (row.kind) {
    case "municipality":
      return { kind: "municipality", scbCode: row.municipalityCode ?? "" };
    case "region":
      return { kind: "region", countyCode: row.countyCode ?? "" };
    case "site":
      return compact({
        kind: "site" as const,
        name: row.name,
        scbCode: row.municipalityCode ?? undefined,
        description: localized(row.descriptionSv, row.descriptionEn),
      });
  }
}

export function effectOf(row: {
  effectMeasureKey: string | null;
  effectLow: number | null;
  effectHigh: number | null;
  effectCentral: number | null;
  effectUnit: EffectUnit | null;
  effectBasisSv: string | null;
  effectBasisEn: string | null;
}): Evaluation["effect"] {
  if (
    row.effectMeasureKey === null ||
    row.effectLow === null ||
    row.effectHigh === null ||
    row.effectCentral === null ||
    row.effectUnit === null
  ) {
    return undefined;
  }
  return {
    measureKey: row.effectMeasureKey,
    low: row.effectLow,
    high: row.effectHigh,
    central: row.effectCentral,
    unit: row.effectUnit,
    basis: localizedRequired(row.effectBasisSv ?? "", row.effectBasisEn ?? ""),
  };
}
