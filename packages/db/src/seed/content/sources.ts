// The two source pages of the first content (shared/seeds/). Neither names its publisher, address or date,
// so those are left out rather than guessed.
import type { Source } from "@insats/domain";

export const examplesPage: Source = {
  title: "Exempel på sociala investeringar",
  note: {
    sv: "Webbsida med inspirationsexempel: tre från Gävleborg och fyra under rubriken ”Nationella insatser”. Utgivare, webbadress och datum framgår inte av källtexten; sidan hänvisar till SKR Psykisk hälsa för fler exempel.",
    en: "Web page of inspiring examples: three from Gävleborg and four under the heading “Nationella insatser” (national examples). The text gives no publisher, address or date; it refers readers to SKR Psykisk hälsa for more examples.",
  },
};

export const underWayPage: Source = {
  title: "På gång inom sociala investeringar",
  note: {
    sv: "Webbsida om vad som är på gång inom sociala investeringar: ESO-rapporten, seminariet om den och projektet PulsSmart. Utgivare, webbadress och datum framgår inte av källtexten.",
    en: "Web page on what is under way in social investment: the ESO report, the seminar on it and the PulsSmart project. The text gives no publisher, address or date.",
  },
};

export const esoReport: Source = {
  title: "Med framtiden för sig – En ESO-rapport om sociala investeringar",
  publisher: "Expertgruppen för studier i offentlig ekonomi (ESO)",
  note: {
    sv: "Rapport ESO 2020:1 av Balkfors, Bokström och Salonen. Rapportnummer och författare kommer från projektets referensanteckningar (shared/reference), inte från På gång-sidan.",
    en: "Report ESO 2020:1 by Balkfors, Bokström and Salonen. The report number and authors come from the project's reference notes (shared/reference), not from the “På gång” page.",
  },
};
