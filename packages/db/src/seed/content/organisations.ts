// The organisations the seed content names that are not municipalities or regions. Municipalities and regions
// come from the SCB reference lists (`referenceOrganisations()` in @insats/domain) and are referred to by code.
// Schools and districts (Iggesunds skola, Gnarps skola, Varberga, Oxhagen) are places of an initiative, not
// organisations.
import type { Organisation } from "@insats/domain";

export const contentOrganisations: Organisation[] = [
  {
    // A unit of Region Gävleborg, which runs Gävle sjukhus: modelled as its own organisation with the region as
    // parent, so that the showcase can name the unit the source names and still file it under the region.
    slug: "logopedenheten-gavle-sjukhus",
    name: { sv: "Logopedenheten, Gävle sjukhus", en: "Speech and Language Therapy Unit, Gävle Hospital" },
    kind: "other",
    countyCode: "21",
    parent: { scbCode: "21" },
    description: {
      sv: "Logopedisk verksamhet vid Gävle sjukhus, som drivs av Region Gävleborg.",
      en: "Speech and language therapy at Gävle Hospital, which is run by Region Gävleborg.",
    },
  },
  {
    slug: "kultur-gavleborg",
    name: { sv: "Kultur Gävleborg", en: "Kultur Gävleborg (culture in Gävleborg)" },
    kind: "other",
    countyCode: "21",
    description: {
      sv: "Regional kulturverksamhet i Gävleborgs län; samarbetspart i Läs på recept.",
      en: "Regional cultural body in Gävleborg County; a partner in Läs på recept.",
    },
  },
  {
    slug: "gavleborgs-idrottsforbund",
    name: { sv: "Gävleborgs Idrottsförbund", en: "Gävleborg Sports Federation" },
    kind: "association",
    countyCode: "21",
    description: {
      sv: "Idrottsrörelsens distriktsförbund i Gävleborgs län.",
      en: "The district federation of organised sport in Gävleborg County.",
    },
  },
  {
    slug: "skr",
    name: {
      sv: "Sveriges Kommuner och Regioner (SKR)",
      en: "Swedish Association of Local Authorities and Regions (SKR)",
    },
    kind: "association",
    description: {
      sv: "Arbetsgivar- och intresseorganisation för Sveriges kommuner och regioner.",
      en: "The employers' and member organisation of Sweden's municipalities and regions.",
    },
  },
  {
    slug: "uppdrag-psykisk-halsa",
    name: { sv: "Uppdrag Psykisk Hälsa", en: "Uppdrag Psykisk Hälsa (SKR's mental health programme)" },
    kind: "other",
    parent: { slug: "skr" },
    description: {
      sv: "SKR:s satsning för att stödja kommuner och regioner i arbetet med psykisk hälsa; samarbetspart i PulsSmart.",
      en: "SKR's programme supporting municipalities and regions in their work on mental health; a partner in PulsSmart.",
    },
  },
  {
    slug: "eso",
    name: {
      sv: "Expertgruppen för studier i offentlig ekonomi (ESO)",
      en: "Expert Group on Public Economics (ESO)",
    },
    kind: "agency",
    description: {
      sv: "Statlig expertgrupp som ger ut rapporter om offentlig ekonomi, bland dem en rapport om sociala investeringar (ESO 2020:1).",
      en: "A government expert group publishing reports on public finances, among them a report on social investment (ESO 2020:1).",
    },
  },
];
