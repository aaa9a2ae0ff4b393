// The two source pages of the first content (shared/seeds/). Neither names its publisher, address or date,
// so those are left out rather than guessed; the public note says only what a reader can rely on.
import type { Source } from "@insats/domain";

export const examplesPage: Source = {
  title: "Exempel på sociala investeringar",
  note: {
    sv: "Odaterad webbsida med inspirationsexempel: tre från Gävleborg och fyra under rubriken ”Nationella insatser”. Sidan hänvisar till SKR Psykisk hälsa för fler exempel.",
    en: "Undated web page of inspiring examples: three from Gävleborg and four under the heading “Nationella insatser” (national examples). It refers readers to SKR Psykisk hälsa for more examples.",
  },
};

export const underWayPage: Source = {
  title: "På gång inom sociala investeringar",
  note: {
    sv: "Odaterad webbsida om vad som är på gång inom sociala investeringar: ESO-rapporten, seminariet om den och projektet PulsSmart.",
    en: "Undated web page on what is under way in social investment: the ESO report, the seminar on it and the PulsSmart project.",
  },
};

export const esoReport: Source = {
  title: "Med framtiden för sig – En ESO-rapport om sociala investeringar",
  publisher: "Expertgruppen för studier i offentlig ekonomi (ESO)",
  note: {
    sv: "Rapport ESO 2020:1 av Balkfors, Bokström och Salonen.",
    en: "Report ESO 2020:1 by Balkfors, Bokström and Salonen.",
  },
};
