// The controlled vocabularies of initiatives, with their Swedish and English labels.
import { z } from "zod";
import type { LocalizedText } from "../text/schema.ts";

/**
 * How far an initiative has come, in order. An initiative has one status, its furthest stage: one that was
 * made permanent and then scaled up is `scaledUp`, which implies `implemented` (see `hasReachedStatus`).
 * `implemented` means taken into ordinary operations after a trial.
 */
export const initiativeStatuses = ["planned", "ongoing", "completed", "implemented", "scaledUp"] as const;
export const initiativeStatusSchema = z.enum(initiativeStatuses);
export type InitiativeStatus = z.infer<typeof initiativeStatusSchema>;

export const initiativeStatusLabels: Record<InitiativeStatus, LocalizedText> = {
  planned: { sv: "Planerad", en: "Planned" },
  ongoing: { sv: "Pågående", en: "Ongoing" },
  completed: { sv: "Avslutad", en: "Completed" },
  implemented: { sv: "Införd i ordinarie verksamhet", en: "Implemented in regular operations" },
  scaledUp: { sv: "Införd och uppskalad", en: "Implemented and scaled up" },
};

/** True when `status` is `stage` or beyond it: a scaled-up initiative has also been implemented. */
export function hasReachedStatus(status: InitiativeStatus, stage: InitiativeStatus): boolean {
  return initiativeStatuses.indexOf(status) >= initiativeStatuses.indexOf(stage);
}

/**
 * local: one municipality; regional: a region, or several municipalities of one county; national: nationwide,
 * or actors in more than one county.
 */
export const initiativeScopes = ["local", "regional", "national"] as const;
export const initiativeScopeSchema = z.enum(initiativeScopes);
export type InitiativeScope = z.infer<typeof initiativeScopeSchema>;

export const initiativeScopeLabels: Record<InitiativeScope, LocalizedText> = {
  local: { sv: "Lokal", en: "Local" },
  regional: { sv: "Regional", en: "Regional" },
  national: { sv: "Nationell", en: "National" },
};

/** Areas that Swedish social investment funds commonly target. */
export const focusAreas = [
  "earlyChildhood",
  "language",
  "school",
  "childrenInCare",
  "parentalSupport",
  "physicalActivity",
  "mentalHealth",
  "publicHealth",
  "substanceUse",
  "crimePrevention",
  "employment",
  "integration",
  "housing",
  "elderlyHealth",
  "fallPrevention",
  "culture",
  "socialCohesion",
] as const;
export const focusAreaSchema = z.enum(focusAreas);
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const focusAreaLabels: Record<FocusArea, LocalizedText> = {
  earlyChildhood: { sv: "Tidiga insatser för små barn", en: "Early childhood" },
  language: { sv: "Språkutveckling", en: "Language development" },
  school: { sv: "Skola och lärande", en: "School and learning" },
  childrenInCare: { sv: "Placerade barn", en: "Children in care" },
  parentalSupport: { sv: "Föräldraskapsstöd", en: "Parenting support" },
  physicalActivity: { sv: "Fysisk aktivitet", en: "Physical activity" },
  mentalHealth: { sv: "Psykisk hälsa", en: "Mental health" },
  publicHealth: { sv: "Folkhälsa", en: "Public health" },
  substanceUse: { sv: "Missbruk och beroende", en: "Substance use" },
  crimePrevention: { sv: "Brottsförebyggande arbete", en: "Crime prevention" },
  employment: { sv: "Arbete och egen försörjning", en: "Employment and self-sufficiency" },
  integration: { sv: "Integration", en: "Integration" },
  housing: { sv: "Boende", en: "Housing" },
  elderlyHealth: { sv: "Äldres hälsa", en: "Health of older people" },
  fallPrevention: { sv: "Fallprevention", en: "Fall prevention" },
  culture: { sv: "Kultur", en: "Culture" },
  socialCohesion: { sv: "Social sammanhållning och trygghet", en: "Social cohesion and safety" },
};

/**
 * Where the showcase lists an initiative, keeping the grouping of the source pages: the Gävleborg examples,
 * the national examples ("Nationella insatser") and the "På gång" page.
 */
export const showcaseGroups = ["gavleborg", "national", "pagang"] as const;
export const showcaseGroupSchema = z.enum(showcaseGroups);
export type ShowcaseGroup = z.infer<typeof showcaseGroupSchema>;

export const showcaseGroupLabels: Record<ShowcaseGroup, LocalizedText> = {
  gavleborg: { sv: "Exempel från Gävleborg", en: "Examples from Gävleborg" },
  national: { sv: "Nationella insatser", en: "Examples from elsewhere in Sweden" },
  pagang: { sv: "På gång", en: "Under way" },
};

export const organisationRoles = ["lead", "partner", "funder", "evaluator"] as const;
export const organisationRoleSchema = z.enum(organisationRoles);
export type OrganisationRole = z.infer<typeof organisationRoleSchema>;

export const organisationRoleLabels: Record<OrganisationRole, LocalizedText> = {
  lead: { sv: "Huvudman", en: "Lead" },
  partner: { sv: "Samarbetspart", en: "Partner" },
  funder: { sv: "Finansiär", en: "Funder" },
  evaluator: { sv: "Utvärderare", en: "Evaluator" },
};
