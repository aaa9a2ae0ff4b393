// Initiatives: the showcase list with full-text search, filters, facets and keyset pagination; one initiative by
// slug; and the editors' writes (create, update, publish), the steps of publishable-content.ts for an initiative.
// Evaluations are part of their initiative, as in the domain: they are written, versioned and published with it.
import {
  evaluationDesigns,
  type FocusArea,
  focusAreas,
  type Initiative,
  type InitiativeInput,
  type InitiativeListFilter,
  type InitiativeListFilterInput,
  initiativeListFilterSchema,
  initiativeSchema,
  initiativeStatuses,
  showcaseGroups,
  swedishCounties,
} from "@insats/domain";
import { and, eq, exists, gte, inArray, lte, or, type SQL, sql, type SQLWrapper } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";

import type { Database } from "../client.ts";
import { similarWords } from "../search/similar.ts";
import { type SearchColumns, searchMatch, type SearchMode } from "../search/sql.ts";
import { InvalidCursorError, ValidationError } from "../errors.ts";
import { type EvaluationRow, evaluations } from "../schema/evaluations.ts";
import {
  initiativeFocusAreas,
  initiativeOrganisations,
  initiativePlaces,
  initiatives,
} from "../schema/initiatives.ts";
import { initiativeFacets } from "../schema/initiative-facets.ts";
import { organisations } from "../schema/organisations.ts";
import {
  localized,
  localizedRequired,
  lookupColumns,
  type OrganisationLookupRow,
  parseContent,
  periodOf,
  resolvedOrganisation,
} from "./content.ts";
import { decodeKeyCursor, encodeKeyCursor } from "./cursor.ts";
import { isUuid } from "./ids.ts";
import {
  effectOf,
  initiativeColumns,
  initiativeParts,
  initiativeRowValues,
  insertInitiativeParts,
  readInitiativeRecord,
  resolveInitiativeOrganisations,
  type StoredInitiative,
} from "./initiative-storage.ts";
import {
  type InitiativeFacets,
  type InitiativePage,
  type InitiativeRecord,
  initiativeOfRecord,
  type InitiativeSummary,
} from "./outputs.ts";
import { contentQueries, type PublishableContent } from "./publishable-content.ts";
import { executeRows } from "./raw.ts";

export type InitiativeListParams = InitiativeListFilterInput & {
  /** Unpublished initiatives too (editors); by default only published ones. */
  includeUnpublished?: boolean;
  /** Only the initiatives this organisation owns. */
  ownerOrganisationId?: string;
};

/** Filters as `countInitiativeFacets` takes them; `cursor` and `limit` are ignored there. */
export type InitiativeFacetParams = InitiativeListParams;

interface ParsedListParams {
  filter: InitiativeListFilter;
  includeUnpublished: boolean;
  ownerOrganisationId: string | undefined;
  /** How `q` matches: by its words unless they find nothing (`similarSearchWhenNothingFound`). */
  searchMode: SearchMode;
}

function parseListParams(params: InitiativeListParams): ParsedListParams {
  const { includeUnpublished, ownerOrganisationId, ...filter } = params;
  const parsed = parseContent(initiativeListFilterSchema, filter, "initiative filter");
  if (parsed.page !== undefined && parsed.cursor !== undefined) {
    throw new ValidationError("initiative filter", [
      { path: "page", message: "Give either page or cursor, not both" },
    ]);
  }
  return {
    filter: parsed,
    includeUnpublished: includeUnpublished === true,
    ownerOrganisationId,
    searchMode: "words",
  };
}

/**
 * The parameters in the `similar` search mode (search/similar.ts) when `q`'s words match no initiative the reader
 * may see (the facet filters aside, so the list and its facets agree), for typo tolerance; otherwise as they are.
 * `foundNothing`: the caller already knows that they match none.
 */
async function similarSearchWhenNothingFound(
  db: Database,
  parsed: ParsedListParams,
  foundNothing = false,
): Promise<ParsedListParams> {
  const { q } = parsed.filter;
  if (q === undefined || parsed.searchMode !== "words") return parsed;
  if (!foundNothing) {
    const [found] = await db
      .select({ one: sql`1` })
      .from(initiatives)
      .where(and(...baseConditions(parsed)))
      .limit(1);
    if (found) return parsed;
  }
  return { ...parsed, searchMode: await similarWords(db, q) };
}

// ---------------------------------------------------------------------------------------------------------------
// Filters

type FacetKey =
  | "county"
  | "municipality"
  | "focusArea"
  | "status"
  | "evaluationDesign"
  | "minEvidenceLevel"
  | "showcaseGroup";
const facetKeys: readonly FacetKey[] = [
  "county",
  "municipality",
  "focusArea",
  "status",
  "evaluationDesign",
  "minEvidenceLevel",
  "showcaseGroup",
];

/** What a search of initiatives looks at (search/sql.ts). */
const initiativeSearch: SearchColumns = {
  swedish: initiatives.search,
  english: initiatives.searchEn,
  text: initiatives.searchText,
};

function searchOf(
  q: string,
  mode: SearchMode = "words",
  language: "sv" | "en" = "sv",
): { match: SQL; rank: SQL } {
  return searchMatch(initiativeSearch, q, mode, language);
}

/**
 * Initiatives with a place, or an organisation, that meets its condition. One `in` over a union rather than two
 * `exists` joined by `or`: PostgreSQL turns the `in` into one hashed semi-join, while an `or` of `exists` is
 * evaluated row by row (at 100 000 initiatives that made a filtered list several times slower).
 */
function placedOrLinked(db: Database, place: SQL, organisation: SQL): SQL {
  return inArray(
    initiatives.id,
    union(
      db.select({ id: initiativePlaces.initiativeId }).from(initiativePlaces).where(place),
      db
        .select({ id: initiativeOrganisations.initiativeId })
        .from(initiativeOrganisations)
        .innerJoin(organisations, eq(organisations.id, initiativeOrganisations.organisationId))
        .where(organisation),
    ),
  );
}

function hasEvaluation(db: Database, condition: SQL): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(evaluations)
      .where(and(eq(evaluations.initiativeId, initiatives.id), condition)),
  );
}

/** Conditions that are not facets: visibility, search and target age. */
function baseConditions(parsed: ParsedListParams): SQL[] {
  const { filter } = parsed;
  const conditions: SQL[] = [];
  if (!parsed.includeUnpublished) conditions.push(eq(initiatives.published, true));
  if (parsed.ownerOrganisationId !== undefined) {
    conditions.push(
      isUuid(parsed.ownerOrganisationId)
        ? eq(initiatives.ownerOrganisationId, parsed.ownerOrganisationId)
        : sql`false`,
    );
  }
  if (filter.q !== undefined) conditions.push(searchOf(filter.q, parsed.searchMode, filter.language).match);
  if (filter.targetAge !== undefined) {
    conditions.push(
      lte(initiatives.targetAgeMin, filter.targetAge),
      gte(initiatives.targetAgeMax, filter.targetAge),
    );
  }
  return conditions;
}

/**
 * The facet filters, each a condition or undefined when not set. A county matches through a place or an
 * organisation in it (a municipality lies in its county, a region is its county's).
 */
function facetConditions(db: Database, filter: InitiativeListFilter): Record<FacetKey, SQL | undefined> {
  const { county, municipality, focusArea, status, evaluationDesign, minEvidenceLevel, showcaseGroup } =
    filter;
  return {
    county:
      county === undefined
        ? undefined
        : placedOrLinked(db, eq(initiativePlaces.countyCode, county), eq(organisations.countyCode, county)),
    municipality:
      municipality === undefined
        ? undefined
        : placedOrLinked(
            db,
            eq(initiativePlaces.municipalityCode, municipality),
            eq(organisations.scbCode, municipality),
          ),
    focusArea:
      focusArea === undefined
        ? undefined
        : exists(
            db
              .select({ one: sql`1` })
              .from(initiativeFocusAreas)
              .where(
                and(
                  eq(initiativeFocusAreas.initiativeId, initiatives.id),
                  eq(initiativeFocusAreas.focusArea, focusArea),
                ),
              ),
          ),
    status: status === undefined ? undefined : eq(initiatives.status, status),
    evaluationDesign:
      evaluationDesign === undefined
        ? undefined
        : hasEvaluation(db, sql`${evaluations.designs} @> array[${evaluationDesign}]::evaluation_design[]`),
    minEvidenceLevel:
      minEvidenceLevel === undefined
        ? undefined
        : hasEvaluation(db, gte(evaluations.evidenceLevel, minEvidenceLevel)),
    showcaseGroup: showcaseGroup === undefined ? undefined : eq(initiatives.showcaseGroup, showcaseGroup),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Listing

/** The columns a page is ordered by: rank (searches only), the title's sort key, id. */
interface OrderKeys {
  rank?: SQL;
  titleSort: SQLWrapper;
  id: SQLWrapper;
}

function orderBy(keys: OrderKeys): SQL[] {
  return [
    ...(keys.rank === undefined ? [] : [sql`${keys.rank} desc`]),
    sql`${keys.titleSort} collate "C"`,
    sql`${keys.id}`,
  ];
}

/** A search page's cursor: the last row's rank, title sort key and id; InvalidCursorError for any other. */
function rankCursorKey(cursor: string): [score: string, title: string, id: string] {
  const [score, title, id] = decodeKeyCursor(cursor, "rank", 3) as [string, string, string];
  if (!isUuid(id) || !/^\d+(\.\d+)?(e[-+]\d+)?$/.test(score)) throw new InvalidCursorError();
  return [score, title, id];
}

/** The rows after the cursor's in the order of `keys`; InvalidCursorError for a cursor of another ordering. */
function afterCursor(cursor: string, keys: OrderKeys): SQL | undefined {
  const afterTitle = (title: string, id: string) =>
    or(
      sql`${keys.titleSort} collate "C" > ${title}`,
      and(sql`${keys.titleSort} = ${title}`, sql`${keys.id} > ${id}`),
    );
  if (keys.rank === undefined) {
    const [title, id] = decodeKeyCursor(cursor, "title", 2) as [string, string];
    if (!isUuid(id)) throw new InvalidCursorError();
    return afterTitle(title, id);
  }
  const [score, title, id] = rankCursorKey(cursor);
  return or(
    sql`${keys.rank} < ${score}::real`,
    and(sql`${keys.rank} = ${score}::real`, afterTitle(title, id)),
  );
}

/**
 * Initiatives matching every filter, a page at a time: by search rank when `q` is given, otherwise
 * alphabetically by Swedish title (ties by id). Published ones only unless `includeUnpublished`.
 * Invalid filters throw ValidationError; a cursor of another list or ordering throws InvalidCursorError.
 *
 * One statement per page, with the page's parts as JSON and the total: round trips, not the database's work,
 * dominated the list's time under load. PostgreSQL evaluates the parts' correlated subqueries for the page's rows
 * only (after the sort and limit).
 */
export async function listInitiatives(db: Database, params: InitiativeListParams): Promise<InitiativePage> {
  const parsed = parseListParams(params);
  const page = await listPage(db, parsed);
  if (page.total > 0 || parsed.filter.q === undefined) return page;
  // Without facet filters the page asked exactly what the check would ask again.
  const noFacets = facetKeys.every((key) => parsed.filter[key] === undefined);
  const similar = await similarSearchWhenNothingFound(db, parsed, noFacets);
  return similar === parsed ? page : listPage(db, similar);
}

async function listPage(db: Database, parsed: ParsedListParams): Promise<InitiativePage> {
  const { filter } = parsed;
  const facets = facetConditions(db, filter);
  const where = and(...baseConditions(parsed), ...facetKeys.map((key) => facets[key]));
  const order = listOrder(filter);
  const rank =
    filter.q === undefined ? undefined : searchOf(filter.q, parsed.searchMode, filter.language).rank;
  const offset = filter.page === undefined ? 0 : (filter.page - 1) * filter.limit;
  const rows =
    order !== "rank" || rank === undefined
      ? await orderedRows(
          orderedPage(db, where, order === "evidence" ? "evidence" : "title", { ...filter, offset }),
          filter.q === undefined,
        )
      : await searchPage(db, where, rank, { ...filter, offset });
  const hasMore = rows.length > filter.limit;
  const items = hasMore ? rows.slice(0, filter.limit) : rows;
  const last = items.at(-1);
  const skipped = filter.cursor !== undefined || offset > 0;
  return {
    items: items.map(summaryOf),
    nextCursor: hasMore && last ? nextCursorAfter(order, last, filter, offset) : null,
    total: rows[0]?.total ?? (skipped ? await countInitiatives(db, where) : 0),
  };
}

/** The order a list is in: a search by rank unless another is asked for, anything else by title. */
function listOrder(filter: InitiativeListFilter): "rank" | "title" | "evidence" {
  return filter.sort ?? (filter.q === undefined ? "title" : "rank");
}

/**
 * The cursor after `last`: its sort key in title and rank order (a keyset, stable while rows are added), its
 * position in evidence order, whose key (a level computed from the evaluations) no index holds.
 */
function nextCursorAfter(
  order: "rank" | "title" | "evidence",
  last: { titleSort: string; id: string; rank: string },
  filter: PageParams,
  offset: number,
): string {
  if (order === "title") return encodeKeyCursor("title", [last.titleSort, last.id]);
  if (order === "rank") return encodeKeyCursor("rank", [last.rank, last.titleSort, last.id]);
  const start = filter.cursor === undefined ? offset : evidenceCursorOffset(filter.cursor);
  return encodeKeyCursor("evidence", [String(start + filter.limit)]);
}

/** The position an evidence-order cursor holds; InvalidCursorError for any other cursor. */
function evidenceCursorOffset(cursor: string): number {
  const [position] = decodeKeyCursor(cursor, "evidence", 1) as [string];
  if (!/^\d{1,9}$/.test(position)) throw new InvalidCursorError();
  return Number(position);
}

type PageParams = Pick<InitiativeListFilter, "cursor" | "limit">;
type OffsetPageParams = PageParams & { offset: number };

/** An initiative's highest evidence level, -1 without one: what evidence order puts first. */
const bestEvidenceLevel = sql`coalesce((select max(${evaluations.evidenceLevel}) from ${evaluations}
  where ${evaluations.initiativeId} = ${initiatives.id}), -1)`;

/**
 * In title order the page is the first rows of an index (past the cursor, or the offset of a numbered page), and
 * the total a separate count (index-only where it can be), evaluated once. Evidence order sorts by the best
 * evidence level, then the most recently published.
 */
function orderedPage(
  db: Database,
  where: SQL | undefined,
  order: "title" | "evidence",
  { cursor, limit, offset }: OffsetPageParams,
) {
  const keys = { titleSort: initiatives.titleSort, id: initiatives.id };
  const evidence = order === "evidence";
  const skip = evidence && cursor !== undefined ? evidenceCursorOffset(cursor) : offset;
  return db
    .select({
      ...summaryColumns,
      ...summaryParts,
      rank: sql<string>`'0'`,
      total: sql<number>`(select count(*)::int from ${initiatives} where ${where ?? sql`true`})`,
    })
    .from(initiatives)
    .where(and(where, cursor === undefined || evidence ? undefined : afterCursor(cursor, keys)))
    .orderBy(
      ...(evidence ? [sql`${bestEvidenceLevel} desc`, sql`${initiatives.publishedAt} desc nulls last`] : []),
      ...orderBy(keys),
    )
    .limit(limit + 1)
    .offset(skip);
}

/**
 * Runs a page without a search (`prepared`) as a prepared statement: postgres.js keeps it per connection by its text, and
 * PostgreSQL can then reuse its plan. Planning took a third of the first page's time in the database (3.5 of
 * 11 ms at 20 000 initiatives), and the bare postgres.js baseline of the read-path benchmark prepares by default.
 * Only without a search: the filters make a bounded number of texts, while a search's text changes with its words.
 */
async function orderedRows(page: ReturnType<typeof orderedPage>, prepared: boolean) {
  return prepared ? page.prepare("initiative_page").execute() : page;
}

/**
 * A search must rank every match before it can cut a page, so the matches (id, rank and sort key only) are
 * found once and serve both the page and the total; the page's rows are then read by id.
 */
function searchPage(
  db: Database,
  where: SQL | undefined,
  rank: SQL,
  { cursor, limit, offset }: OffsetPageParams,
) {
  const matches = db.$with("matches").as(
    db
      .select({ id: initiatives.id, rank: sql<string>`${rank}`.as("rank"), titleSort: initiatives.titleSort })
      .from(initiatives)
      .where(where),
  );
  const matchKeys = { rank: sql`${matches.rank}`, titleSort: matches.titleSort, id: matches.id };
  const page = db
    .select()
    .from(matches)
    .where(cursor === undefined ? undefined : afterCursor(cursor, matchKeys))
    .orderBy(...orderBy(matchKeys))
    .limit(limit + 1)
    .offset(offset)
    .as("page");
  return db
    .with(matches)
    .select({
      ...summaryColumns,
      ...summaryParts,
      rank: sql<string>`${page.rank}::text`,
      total: sql<number>`(select count(*)::int from ${matches})`,
    })
    .from(page)
    .innerJoin(initiatives, eq(initiatives.id, page.id))
    .orderBy(...orderBy({ rank: sql`${page.rank}`, titleSort: page.titleSort, id: page.id }));
}

/** The number of initiatives matching `where`: for a page past the last, whose statement returned no row. */
async function countInitiatives(db: Database, where: SQL | undefined): Promise<number> {
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(initiatives)
    .where(where);
  return counted?.total ?? 0;
}

/**
 * Facet counts for the filter: for each facet, every value with the number of initiatives the list would hold
 * with that value chosen and every other filter kept. One query.
 */
export async function countInitiativeFacets(
  db: Database,
  params: InitiativeFacetParams,
): Promise<InitiativeFacets> {
  const parsed = await similarSearchWhenNothingFound(
    db,
    parseListParams({ ...params, cursor: undefined, page: undefined, sort: undefined, limit: undefined }),
  );
  return countFacets(db, parsed);
}

/**
 * Each facet's number in `initiative_facets.codes`: a value's code is this × 10 000 plus its place (migration
 * 0017, where insats_facet_of turns a code back into its facet and value).
 */
const facetNumbers: Record<FacetKey, number> = {
  status: 1,
  showcaseGroup: 2,
  focusArea: 3,
  county: 4,
  municipality: 5,
  evaluationDesign: 6,
  minEvidenceLevel: 7,
};

/**
 * The facet filters as conditions on an initiative's facet row (schema/initiative-facets.ts), named `f`: the
 * same as facetConditions asks of the source tables, which the list uses. A chosen value is asked of `codes`,
 * whose one index serves any combination of them.
 */
function facetRowConditions(filter: InitiativeListFilter): Record<FacetKey, SQL | undefined> {
  const { county, municipality, focusArea, status, evaluationDesign, minEvidenceLevel, showcaseGroup } =
    filter;
  const set = <Value>(value: Value | undefined, condition: (value: Value) => SQL) =>
    value === undefined ? undefined : condition(value);
  const has = (key: FacetKey, place: SQL) =>
    sql`f.codes @> array[${sql.raw(String(facetNumbers[key] * 10_000))} + ${place}]`;
  // The value's position in its enum, as the codes were written.
  const position = (type: string, value: string) =>
    sql`array_position(enum_range(null::${sql.raw(type)}), ${value}::${sql.raw(type)})`;
  return {
    county: set(county, (code) => has("county", sql`${code}::integer`)),
    municipality: set(municipality, (code) => has("municipality", sql`${code}::integer`)),
    focusArea: set(focusArea, (area) => has("focusArea", position("focus_area", area))),
    status: set(status, (value) => has("status", position("initiative_status", value))),
    evaluationDesign: set(evaluationDesign, (design) =>
      has("evaluationDesign", position("evaluation_design", design)),
    ),
    minEvidenceLevel: set(minEvidenceLevel, (level) => sql`f.best_evidence_level >= ${level}`),
    showcaseGroup: set(showcaseGroup, (group) => has("showcaseGroup", position("showcase_group", group))),
  };
}

/**
 * One facet's counts over the rows of `base` that meet `where`, from the facet's own column: for a facet whose
 * value is chosen, whose counts keep every filter but its own.
 */
const countsOfOwnColumn: Record<FacetKey, (where: SQL) => SQL> = {
  status: (where) =>
    sql`select 'status', base.status::text, count(*)::int from base where ${where} group by base.status`,
  showcaseGroup: (where) => sql`select 'showcaseGroup', base.showcase_group::text, count(*)::int from base
    where ${where} group by base.showcase_group`,
  focusArea: (where) => sql`select 'focusArea', value::text, count(*)::int from (
    select unnest(base.focus_areas) as value from base where ${where}) as areas group by value`,
  county: (where) => sql`select 'county', value, count(*)::int from (
    select unnest(base.counties) as value from base where ${where}) as counties group by value`,
  municipality: (where) => sql`select 'municipality', value, count(*)::int from (
    select unnest(base.municipalities) as value from base where ${where}) as municipalities group by value`,
  evaluationDesign: (where) => sql`select 'evaluationDesign', value::text, count(*)::int from (
    select unnest(base.designs) as value from base where ${where}) as designs group by value`,
  minEvidenceLevel: (where) => sql`select 'bestEvidenceLevel', base.best_evidence_level::text, count(*)::int
    from base where ${where} and base.best_evidence_level is not null group by base.best_evidence_level`,
};

async function countFacets(db: Database, parsed: ParsedListParams): Promise<InitiativeFacets> {
  const facets = facetRowConditions(parsed.filter);
  // Visibility on the facet row itself; the other conditions (search, target age, owner) on the initiative.
  const initiativeConditions = baseConditions({ ...parsed, includeUnpublished: true });
  const base = and(
    parsed.includeUnpublished ? undefined : sql`f.published`,
    initiativeConditions.length === 0
      ? undefined
      : sql`f.initiative_id in (select ${initiatives.id} from ${initiatives} where ${and(...initiativeConditions)})`,
  );
  const flag = (key: FacetKey) => sql.raw(`"m_${key}"`);
  // Only the facets that are set get a flag: a constant `true` flag in every condition led the planner to expect
  // a few hundred rows of `base` where there were 20 000 (the read-path benchmark).
  const set = facetKeys.filter((key) => facets[key] !== undefined);
  const others = (except: FacetKey | null) =>
    and(...set.filter((key) => key !== except).map((key) => sql`base.${flag(key)}`)) ?? sql`true`;
  const columns = sql.join(
    set.map((key) => sql`, (${facets[key]}) as ${flag(key)}`),
    sql``,
  );
  // Every facet without a chosen value keeps the same filters, all of them: those are counted together, in one
  // pass over `codes`; each chosen facet then in a pass of its own, over its own column. With nothing chosen that
  // is one pass instead of eight (25-45 ms instead of 50-95 ms at 20 000 initiatives on this machine). The arrays
  // are unnested in the select list (one ProjectSet) rather than joined laterally (a function scan per row), which
  // took twice as long. Without a search or another condition on the initiative, `base` is not materialised: each
  // pass reads the narrow table itself, where a materialised copy of 20 000 rows spilled to disk and was read back
  // (75-125 ms instead of 45-55 ms for eight passes). With one, the matches are found once: evaluated in every
  // pass, a search took four times as long (30 ms materialised, 124 ms not).
  const rows = await executeRows<{ pass: string; facet: string; value: string; n: number }>(
    db,
    sql`with base as ${initiativeConditions.length === 0 ? sql`not materialized` : sql`materialized`} (
      select f.codes, f.status, f.showcase_group, f.counties, f.municipalities, f.focus_areas, f.designs,
        f.best_evidence_level ${columns}
      from ${initiativeFacets} as f where ${base ?? sql`true`}
    )
    select 'shared' as pass, value.facet, value.value, counted.n from (
      select code, count(*)::int as n from (select unnest(base.codes) as code from base where ${others(null)}) as codes
      group by code
    ) as counted, insats_facet_of(counted.code) as value
    ${sql.join(
      set.map(
        (key) =>
          sql` union all select ${sql.raw(`'${key}'`)}, own.* from (${countsOfOwnColumn[key](others(key))}) as own`,
      ),
      sql``,
    )}`,
  );
  // Each initiative has one status: the initiatives under every filter are those the status codes count.
  const total = rows
    .filter((row) => row.pass === "shared" && row.facet === "status")
    .reduce((sum, row) => sum + Number(row.n), 0);
  // A chosen facet's counts come from its own pass; the shared pass's counts of it keep its own filter.
  const chosen = new Set<string>(set.map((key) => (key === "minEvidenceLevel" ? "bestEvidenceLevel" : key)));
  const kept = rows.filter((row) => row.pass !== "shared" || !chosen.has(row.facet));
  const counts = new Map(kept.map((row) => [`${row.facet}:${row.value}`, Number(row.n)]));
  const facet = <Value extends string | number>(key: string, values: readonly Value[]) =>
    values.map((value) => ({ value, count: counts.get(`${key}:${value}`) ?? 0 }));
  const counted: InitiativeFacets = {
    total,
    county: facet(
      "county",
      swedishCounties.map((county) => county.code),
    ),
    // Of 290 municipalities only those with an initiative are listed; any other would count 0.
    municipality: kept
      .filter((row) => row.facet === "municipality")
      .map((row) => ({ value: row.value, count: Number(row.n) }))
      .sort((a, b) => a.value.localeCompare(b.value)),
    focusArea: facet("focusArea", focusAreas),
    status: facet("status", initiativeStatuses),
    evaluationDesign: facet("evaluationDesign", evaluationDesigns),
    // At a level or above: the initiatives whose best evaluation is there, summed from the top (one group per
    // level rather than a row per initiative and level).
    minEvidenceLevel: ([0, 1, 2, 3, 4, 5] as const).map((value) => ({
      value,
      count: [0, 1, 2, 3, 4, 5]
        .filter((level) => level >= value)
        .reduce((sum, level) => sum + (counts.get(`bestEvidenceLevel:${level}`) ?? 0), 0),
    })),
    showcaseGroup: facet("showcaseGroup", showcaseGroups),
  };
  return counted;
}

const summaryColumns = {
  id: initiatives.id,
  slug: initiatives.slug,
  titleSv: initiatives.titleSv,
  titleEn: initiatives.titleEn,
  taglineSv: initiatives.taglineSv,
  taglineEn: initiatives.taglineEn,
  summarySv: initiatives.summarySv,
  summaryEn: initiatives.summaryEn,
  status: initiatives.status,
  scope: initiatives.scope,
  showcaseGroup: initiatives.showcaseGroup,
  periodStart: initiatives.periodStart,
  periodEnd: initiatives.periodEnd,
  periodDescriptionSv: initiatives.periodDescriptionSv,
  periodDescriptionEn: initiatives.periodDescriptionEn,
  targetAgeMin: initiatives.targetAgeMin,
  targetAgeMax: initiatives.targetAgeMax,
  published: initiatives.published,
  version: initiatives.version,
  updatedAt: initiatives.updatedAt,
  titleSort: initiatives.titleSort,
};

/**
 * `json_build_object` of these columns under these keys. The keys are our own identifiers, written into the SQL
 * rather than sent as parameters: fewer parameters to bind on every list request.
 */
function jsonObject(fields: Record<string, SQLWrapper>): SQL {
  return sql`json_build_object(${sql.join(
    Object.entries(fields).map(([key, value]) => {
      if (!/^[A-Za-z]+$/.test(key)) throw new Error(`jsonObject: unexpected key ${key}`);
      return sql`${sql.raw(`'${key}'`)}, ${value}`;
    }),
    sql`, `,
  )})`;
}

/** The rows of `table` that belong to the listed initiative, as a JSON array (of `Value`) in `position` order. */
function jsonRowsOf<Value>(
  table:
    | typeof initiativeFocusAreas
    | typeof initiativePlaces
    | typeof initiativeOrganisations
    | typeof evaluations,
  value: SQL,
  options: { join?: SQL; where?: SQL } = {},
): SQL<Value> {
  return sql<Value>`coalesce((select json_agg(${value} order by ${table.position}) from ${table} ${options.join ?? sql``}
    where ${and(eq(table.initiativeId, initiatives.id), options.where)}), '[]'::json)`;
}

type SummaryEvaluation = Pick<
  EvaluationRow,
  | "key"
  | "evidenceLevel"
  | "effectMeasureKey"
  | "effectLow"
  | "effectHigh"
  | "effectCentral"
  | "effectUnit"
  | "effectBasisSv"
  | "effectBasisEn"
>;

/** A lead or partner organisation of a listed initiative. */
interface SummaryLink {
  role: (typeof initiativeOrganisations.$inferSelect)["role"];
  organisation: OrganisationLookupRow;
}

/** A listed initiative's focus areas, places, lead and partner organisations and evaluations. */
const summaryParts = {
  focusAreas: jsonRowsOf<FocusArea[]>(initiativeFocusAreas, sql`${initiativeFocusAreas.focusArea}`),
  places: jsonRowsOf<InitiativeSummary["places"]>(
    initiativePlaces,
    jsonObject({
      kind: initiativePlaces.kind,
      name: initiativePlaces.name,
      municipalityCode: initiativePlaces.municipalityCode,
      countyCode: initiativePlaces.countyCode,
    }),
  ),
  links: jsonRowsOf<SummaryLink[]>(
    initiativeOrganisations,
    jsonObject({ role: initiativeOrganisations.role, organisation: jsonObject(lookupColumns) }),
    {
      join: sql`join ${organisations} on ${eq(organisations.id, initiativeOrganisations.organisationId)}`,
      where: sql`${initiativeOrganisations.role} in ('lead', 'partner')`,
    },
  ),
  evaluations: jsonRowsOf<SummaryEvaluation[]>(
    evaluations,
    jsonObject({
      key: evaluations.key,
      evidenceLevel: evaluations.evidenceLevel,
      effectMeasureKey: evaluations.effectMeasureKey,
      effectLow: evaluations.effectLow,
      effectHigh: evaluations.effectHigh,
      effectCentral: evaluations.effectCentral,
      effectUnit: evaluations.effectUnit,
      effectBasisSv: evaluations.effectBasisSv,
      effectBasisEn: evaluations.effectBasisEn,
    }),
  ),
};

type SummaryRow = Pick<StoredInitiative, keyof typeof summaryColumns> & {
  focusAreas: FocusArea[];
  places: InitiativeSummary["places"];
  links: SummaryLink[];
  evaluations: SummaryEvaluation[];
};

function summaryOf(row: SummaryRow): InitiativeSummary {
  const leads = row.links.filter((link) => link.role === "lead");
  const levels = row.evaluations.flatMap((evaluation) =>
    evaluation.evidenceLevel === null ? [] : [evaluation.evidenceLevel],
  );
  // The best evaluation with an effect: highest evidence level (none counts lowest), then the first given.
  const best = row.evaluations
    .filter((evaluation) => effectOf(evaluation) !== undefined)
    .reduce<SummaryEvaluation | undefined>(
      (chosen, evaluation) =>
        chosen === undefined || (evaluation.evidenceLevel ?? -1) > (chosen.evidenceLevel ?? -1)
          ? evaluation
          : chosen,
      undefined,
    );
  const effect = best ? effectOf(best) : undefined;
  return {
    id: row.id,
    slug: row.slug,
    title: localizedRequired(row.titleSv, row.titleEn),
    tagline: localized(row.taglineSv, row.taglineEn) ?? null,
    summary: localizedRequired(row.summarySv, row.summaryEn),
    status: row.status,
    scope: row.scope,
    showcaseGroup: row.showcaseGroup,
    focusAreas: row.focusAreas,
    places: row.places,
    leadOrganisations: (leads.length > 0 ? leads : row.links).map((link) =>
      resolvedOrganisation(link.organisation),
    ),
    period: periodOf(row) ?? {},
    targetAge:
      row.targetAgeMin === null || row.targetAgeMax === null
        ? null
        : { min: row.targetAgeMin, max: row.targetAgeMax },
    bestEvidenceLevel: levels.length === 0 ? null : Math.max(...levels),
    effect:
      best && effect
        ? {
            evaluationKey: best.key,
            evidenceLevel: best.evidenceLevel,
            measureKey: effect.measureKey,
            low: effect.low,
            high: effect.high,
            central: effect.central,
            unit: effect.unit,
          }
        : null,
    published: row.published,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One initiative and the editors' writes (publishable-content.ts)

/** An initiative as publishable content: evaluations, places, organisations … are its child rows. */
export const initiativeContent: PublishableContent<{
  table: typeof initiatives;
  content: Initiative;
  input: InitiativeInput;
  resolved: Map<string, OrganisationLookupRow>;
  record: InitiativeRecord;
}> = {
  entity: "initiative",
  noun: "initiative",
  table: initiatives,
  publishedAtKey: "publishedAt",
  schema: initiativeSchema,
  parts: initiativeParts,
  load: async (db, where) => {
    const [row] = await db.select(initiativeColumns).from(initiatives).where(where).limit(1);
    return row ? readInitiativeRecord(db, row) : null;
  },
  resolve: (tx, initiative) => resolveInitiativeOrganisations(tx, initiative),
  rowValues: initiativeRowValues,
  insertParts: insertInitiativeParts,
  versionContent: initiativeOfRecord,
};

/** One initiative by slug or id, and the editors' writes (publishable-content.ts for what each does). */
export const {
  bySlug: getInitiativeBySlug,
  byId: getInitiativeById,
  create: createInitiative,
  update: updateInitiative,
  setPublished: setInitiativePublished,
} = contentQueries(initiativeContent, "initiative");
