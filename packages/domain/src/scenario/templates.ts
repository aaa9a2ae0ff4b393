// Scenarios a planner starts from. Every default says where it comes from; figures that no reference source
// gives are marked as assumptions for the planner to replace with their own.
import { indexPrice, latestPriceIndexYear } from "../price/cpi.ts";
import { unitCostAt, unitCostByKey, type UnitCostKey } from "../unit-cost/library.ts";
import type { LocalizedText } from "../text/schema.ts";
import { requireScenarioInput, type ScenarioInput, type ScenarioInputJson } from "./schema.ts";

export const scenarioTemplateIds = [
  "social-assistance",
  "home-care",
  "fall-prevention",
  "out-of-home-care",
  "custom",
] as const;
export type ScenarioTemplateId = (typeof scenarioTemplateIds)[number];

/** Where the default of one field comes from. */
export interface TemplateSource {
  /** The unit costs of the library the value is built from. */
  unitCostKeys?: readonly UnitCostKey[];
  /** The source, or "assumption" with its reasoning. */
  note: LocalizedText;
}

export interface ScenarioTemplate {
  id: ScenarioTemplateId;
  title: LocalizedText;
  description: LocalizedText;
  /** By the dotted path of the field in `input`, for example `outcomes.welfare.unitCost`. */
  sources: Readonly<Record<string, TemplateSource>>;
  /** The template at `templateDefaults` (start year 2024, 2024 prices). */
  input: ScenarioInput;
}

/**
 * The templates are priced in the latest year KPI has a figure for (2024: November 2024, the latest published
 * month, as `priceIndexFor` reads a year without an annual average); the start year is that year. Pass your own
 * years to `createScenarioFromTemplate`.
 */
export const templateDefaults = { startYear: latestPriceIndexYear(), priceYear: latestPriceIndexYear() } as const;

/** The illustrative programme costs of the templates are stated in 2023 prices. */
const programmeCostYear = 2023;

type TemplateBody = Pick<
  ScenarioInputJson,
  "horizonYears" | "discountRate" | "cohorts" | "costs" | "outcomes"
>;

interface TemplateDefinition extends Omit<ScenarioTemplate, "input"> {
  body: (priceYear: number) => TemplateBody;
}

const discountRateSource: TemplateSource = {
  note: {
    sv: "ASEK (Trafikverket) använder en real kalkylränta på 3,5 %; ändra vid behov.",
    en: "Swedish transport appraisal (ASEK) uses a real rate of 3.5%; edit as needed.",
  },
};

const illustrativeCost: TemplateSource = {
  note: {
    sv: "Antagande: ett illustrativt belopp i 2023 års priser. Ersätt med insatsens budget.",
    en: "Assumption: an illustrative amount in 2023 prices. Replace with the initiative's budget.",
  },
};

const definitions: readonly TemplateDefinition[] = [
  {
    id: "social-assistance",
    title: { sv: "Minskat ekonomiskt bistånd", en: "Reduced social assistance" },
    description: {
      sv: "En arbetsmarknadsinsats i stil med Servicetrainee: en års anställning med lönestöd för personer med långvarigt ekonomiskt bistånd, så att färre hushåll behöver bistånd efteråt.",
      en: "An employment initiative like Servicetrainee: a year's subsidised employment for long-term recipients of social assistance, so that fewer households need assistance afterwards.",
    },
    sources: {
      discountRate: discountRateSource,
      "costs.employment.amount": illustrativeCost,
      "costs.coordination.amount": illustrativeCost,
      "outcomes.welfare.unitCost": {
        unitCostKeys: ["ekonomiskt_bistand_per_hushall_ar", "ekonomiskt_bistand_per_hushall_manad_stockholm"],
        note: {
          sv: "Mellan riksgenomsnittet per hushåll och år 2019 (som även räknar korta perioder) och 12 × Stockholms månadskostnad 2017 (ett hushåll med bistånd hela året); inget värde däremellan är troligare än ett annat, så likformig. KPI-justerat.",
          en: "Between the national average per household and year 2019 (which also counts short spells) and 12 × Stockholm's monthly cost 2017 (a household on assistance all year); no value in between is more likely than another, hence uniform. Indexed with KPI.",
        },
      },
      "outcomes.welfare.effect": {
        note: {
          sv: "Servicetrainee: hushåll med bistånd minskade 74 % i projektgruppen, 20 % i väntelistekontrollen och 30 % i den stratifierade kontrollen: en effekt på 44–54 procentenheter.",
          en: "Servicetrainee: households on assistance fell 74% in the project group, 20% in the wait-list control and 30% in the stratified control: an effect of 44-54 percentage points.",
        },
      },
      "outcomes.welfare.dropOff": {
        note: {
          sv: "Antagande: effekten avtar med 10 % per år.",
          en: "Assumption: the effect fades by 10% a year.",
        },
      },
    },
    body: (priceYear) => ({
      horizonYears: 10,
      discountRate: 0.035,
      cohorts: [
        { startOffset: 0, participants: 30 },
        { startOffset: 1, participants: 30 },
      ],
      costs: [
        {
          id: "employment",
          label: "Ettårig anställning, netto efter lönestöd",
          payers: { municipality: 1 },
          kind: "perParticipant",
          years: 1,
          amount: indexPrice(150_000, programmeCostYear, priceYear),
        },
        {
          id: "coordination",
          label: "Projektsamordning",
          payers: { municipality: 1 },
          kind: "oneOff",
          offset: 0,
          amount: indexPrice(400_000, programmeCostYear, priceYear),
        },
      ],
      outcomes: [
        {
          id: "welfare",
          label: "Hushåll som lämnar ekonomiskt bistånd",
          payers: unitCostByKey("ekonomiskt_bistand_per_hushall_manad_stockholm").payers,
          unit: "household-year",
          // Neither figure is the target group's own cost: the national average undercounts long-term recipients,
          // a whole year of Stockholm's monthly cost overcounts those who leave within the year. A mode at either
          // end would make the base case an extreme of its own simulation (it was the 91st percentile).
          unitCost: {
            dist: "uniform",
            min: unitCostAt("ekonomiskt_bistand_per_hushall_ar", priceYear) as number,
            max: unitCostAt("ekonomiskt_bistand_per_hushall_manad_stockholm", priceYear, { multiplier: 12 }) as number,
          },
          unitCostKeys: ["ekonomiskt_bistand_per_hushall_ar", "ekonomiskt_bistand_per_hushall_manad_stockholm"],
          baselineUnitsPerParticipant: 1,
          effect: { dist: "uniform", min: 0.44, max: 0.54 },
          durationYears: 10,
          dropOff: 0.1,
        },
      ],
    }),
  },
  {
    id: "home-care",
    title: { sv: "Färre hemtjänsttimmar", en: "Fewer home care hours" },
    description: {
      sv: "Hälsofrämjande insats för äldre (till exempel förebyggande hembesök och träning) som skjuter upp eller minskar behovet av hemtjänst.",
      en: "Health promotion for older people (for example preventive home visits and exercise) that delays or reduces their need of home care.",
    },
    sources: {
      discountRate: discountRateSource,
      "costs.programme.amount": illustrativeCost,
      "outcomes.homeCare.unitCost": {
        unitCostKeys: ["hemtjanst_per_timme"],
        note: {
          sv: "SKL 2016: i genomsnitt 377 kr per timme, spann 278–475; KPI-justerat.",
          en: "SKL 2016: on average 377 SEK per hour, range 278-475; indexed with KPI.",
        },
      },
      "outcomes.homeCare.baselineUnitsPerParticipant": {
        note: {
          sv: "Antagande: 150 timmar per deltagare och år (cirka 3 timmar i veckan). Ersätt med egen statistik.",
          en: "Assumption: 150 hours per participant and year (about 3 hours a week). Replace with local statistics.",
        },
      },
      "outcomes.homeCare.effect": {
        note: {
          sv: "Antagande: 0–20 %, troligast 10 %. Ersätt med resultat från en utvärdering.",
          en: "Assumption: 0-20%, most likely 10%. Replace with an evaluation's result.",
        },
      },
    },
    body: (priceYear) => ({
      horizonYears: 5,
      discountRate: 0.035,
      cohorts: [{ startOffset: 0, participants: 100 }],
      costs: [
        {
          id: "programme",
          label: "Personal och lokaler",
          payers: { municipality: 1 },
          kind: "annual",
          fromOffset: 0,
          toOffset: 1,
          amount: indexPrice(800_000, programmeCostYear, priceYear),
        },
      ],
      outcomes: [
        {
          id: "homeCare",
          label: "Färre hemtjänsttimmar",
          payers: unitCostByKey("hemtjanst_per_timme").payers,
          unit: "hour",
          unitCost: unitCostAt("hemtjanst_per_timme", priceYear),
          unitCostKeys: ["hemtjanst_per_timme"],
          baselineUnitsPerParticipant: 150,
          effect: { dist: "pert", min: 0, mode: 0.1, max: 0.2 },
          durationYears: 3,
          dropOff: 0.2,
        },
      ],
    }),
  },
  {
    id: "fall-prevention",
    title: { sv: "Färre fallskador", en: "Fewer fall injuries" },
    description: {
      sv: "Fysioterapeutledd balansträning för 80–90-åringar som minskar fall och höftfrakturer. Fallskadornas kostnader delas av kommun (56 %), region (41 %) och anhöriga (3 %).",
      en: "Physiotherapist-led balance training for people aged 80-90 that reduces falls and hip fractures. Fall costs are shared by the municipality (56%), the region (41%) and informal carers (3%).",
    },
    sources: {
      discountRate: discountRateSource,
      "costs.training.amount": {
        note: {
          sv: "Antagande: 2 000 kr per deltagare i 2023 års priser, valt så att kommunens besparing vid de troligaste värdena passerar kostnaden det fjärde året, som Socialstyrelsen anger. Ersätt med insatsens budget.",
          en: "Assumption: 2 000 SEK per participant in 2023 prices, chosen so that at the most likely values the municipality's saving overtakes its cost in the fourth year, as Socialstyrelsen reports. Replace with the initiative's budget.",
        },
      },
      "outcomes.fallInjuries.dropOff": {
        note: {
          sv: "Antagande: effekten varar i fem år och avtar med 10 % per år.",
          en: "Assumption: the effect lasts five years and fades by 10% a year.",
        },
      },
      "outcomes.fallInjuries.unitCost": {
        unitCostKeys: ["fallskada_65_per_vardad"],
        note: {
          sv: "Socialstyrelsen och Folkhälsomyndigheten: fallolyckornas direkta kostnader 2020 delat med antalet vårdade personer 65+, 113 925 kr per fallskada som krävt specialistvård (2020 års priser, KPI-justerad). En höftfraktur kostar mer.",
          en: "Socialstyrelsen and the Public Health Agency of Sweden: the direct costs of falls in 2020 divided by the number of people aged 65+ treated, 113 925 SEK per fall injury needing specialist care (2020 prices, indexed with KPI). A hip fracture costs more.",
        },
      },
      "outcomes.fallInjuries.payers": {
        note: {
          sv: "Socialstyrelsen: fallskadornas direkta kostnader 2020 bars till 56 % av kommunerna, 41 % av regionerna och 3 % av anhöriga.",
          en: "Socialstyrelsen: direct fall costs in 2020 fell 56% on municipalities, 41% on regions and 3% on informal care.",
        },
      },
      "outcomes.fallInjuries.baselineUnitsPerParticipant": {
        note: {
          sv: "Antagande: 4 fallskador som kräver specialistvård per 100 personer i åldern 80–90 och år, under Folkhälsomyndighetens 4 903 vårdade för fallolyckor per 100 000 invånare 65 år och äldre 2020 (de äldsta faller oftare, så antagandet är försiktigt).",
          en: "Assumption: 4 fall injuries needing specialist care per 100 people aged 80-90 and year, below the Public Health Agency of Sweden's 4 903 treated for falls per 100 000 inhabitants aged 65 and over in 2020 (the oldest fall more often, so the assumption is cautious).",
        },
      },
      "outcomes.fallInjuries.effect": {
        note: {
          sv: "Antagande: 10–35 %, troligast 20 %. Socialstyrelsen: fysioterapeutledd träning för personer över 80 ger kommunen en nettobesparing efter ungefär 4 år.",
          en: "Assumption: 10-35%, most likely 20%. Socialstyrelsen: physiotherapist-led training for people over 80 gives municipalities a net saving after about 4 years.",
        },
      },
    },
    body: (priceYear) => ({
      horizonYears: 6,
      discountRate: 0.035,
      cohorts: [{ startOffset: 0, participants: 200 }],
      costs: [
        {
          id: "training",
          label: "Balansträning i grupp med fysioterapeut",
          payers: { municipality: 1 },
          kind: "perParticipant",
          years: 1,
          amount: indexPrice(2_000, programmeCostYear, priceYear),
        },
      ],
      outcomes: [
        {
          id: "fallInjuries",
          label: "Färre fallskador",
          payers: unitCostByKey("fallskada_65_per_vardad").payers,
          unit: "fall-injury",
          unitCost: unitCostAt("fallskada_65_per_vardad", priceYear),
          unitCostKeys: ["fallskada_65_per_vardad"],
          baselineUnitsPerParticipant: 0.04,
          effect: { dist: "pert", min: 0.1, mode: 0.2, max: 0.35 },
          durationYears: 5,
          dropOff: 0.1,
        },
      ],
    }),
  },
  {
    id: "out-of-home-care",
    title: { sv: "Färre placeringar", en: "Fewer out-of-home placements" },
    description: {
      sv: "Stöd till placerade barn och deras familjer som kortar eller förebygger vård på HVB.",
      en: "Support for placed children and their families that shortens or prevents residential care (HVB).",
    },
    sources: {
      discountRate: discountRateSource,
      "costs.team.amount": illustrativeCost,
      "outcomes.careDays.unitCost": {
        unitCostKeys: ["institutionsvard_barn_per_dygn_helsingborg"],
        note: {
          sv: "Helsingborgs stad, årsredovisning 2016: 2 658 kr per vårddygn på institution för barn och unga (KPI-justerad). Kolada N33100 ger kommunens egen siffra, som kalkylatorn erbjuder först.",
          en: "City of Helsingborg, annual report 2016: 2 658 SEK per care day in institutions for children and young people (indexed with KPI). Kolada N33100 gives each municipality's own figure, which the calculator offers first.",
        },
      },
      "outcomes.careDays.baselineUnitsPerParticipant": {
        note: {
          sv: "Antagande: 150 vårddygn per barn och år.",
          en: "Assumption: 150 care days per child and year.",
        },
      },
      "outcomes.careDays.effect": {
        note: {
          sv: "Antagande: 10–40 %, troligast 25 %.",
          en: "Assumption: 10-40%, most likely 25%.",
        },
      },
    },
    body: (priceYear) => ({
      horizonYears: 5,
      discountRate: 0.035,
      cohorts: [{ startOffset: 0, participants: 20 }],
      costs: [
        {
          id: "team",
          label: "Stödteam",
          payers: { municipality: 1 },
          kind: "annual",
          fromOffset: 0,
          toOffset: 2,
          amount: indexPrice(1_200_000, programmeCostYear, priceYear),
        },
      ],
      outcomes: [
        {
          id: "careDays",
          label: "Färre vårddygn på HVB",
          payers: unitCostByKey("institutionsvard_barn_per_dygn_helsingborg").payers,
          unit: "care-day",
          unitCost: unitCostAt("institutionsvard_barn_per_dygn_helsingborg", priceYear),
          unitCostKeys: ["institutionsvard_barn_per_dygn_helsingborg"],
          baselineUnitsPerParticipant: 150,
          effect: { dist: "pert", min: 0.1, mode: 0.25, max: 0.4 },
          durationYears: 3,
          dropOff: 0.1,
        },
      ],
    }),
  },
  {
    id: "custom",
    title: { sv: "Egen kalkyl", en: "Custom scenario" },
    description: {
      sv: "En tom kalkyl: en kohort, inga kostnader och inga utfall ännu.",
      en: "An empty scenario: one cohort, no costs and no outcomes yet.",
    },
    sources: { discountRate: discountRateSource },
    body: () => ({
      horizonYears: 10,
      discountRate: 0.035,
      cohorts: [{ startOffset: 0, participants: 1 }],
      costs: [],
      outcomes: [],
    }),
  },
];

export interface TemplateYears {
  /** Calendar year of offset 0. */
  startYear: number;
  /** Price year of every amount; 2024 (the latest KPI figure, November 2024) by default. A year before KPI starts throws. */
  priceYear?: number;
  /** The scenario's name; the template's Swedish title by default. */
  name?: string;
}

function build(
  definition: TemplateDefinition,
  { startYear, priceYear = templateDefaults.priceYear, name }: TemplateYears,
) {
  return requireScenarioInput({
    version: 1,
    name: name ?? definition.title.sv,
    startYear,
    priceYear,
    ...definition.body(priceYear),
  });
}

export const scenarioTemplates: readonly ScenarioTemplate[] = definitions.map(({ body, ...template }) => ({
  ...template,
  input: build({ ...template, body }, templateDefaults),
}));

/** A new scenario from a template, with every amount indexed to `priceYear` with KPI. */
export function createScenarioFromTemplate(id: ScenarioTemplateId, years: TemplateYears): ScenarioInput {
  const definition = definitions.find((template) => template.id === id);
  if (!definition)
    throw new RangeError(`No scenario template "${id}"; the templates are ${scenarioTemplateIds.join(", ")}`);
  return build(definition, years);
}
