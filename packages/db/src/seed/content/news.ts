// The "På gång" items of the first content, retold from shared/seeds/004_*.txt.
import type { NewsItemInput } from "@insats/domain";
import { esoReport, underWayPage } from "./sources.ts";

const esoReportItem: NewsItemInput = {
  slug: "eso-rapport-med-framtiden-for-sig",
  kind: "report",
  title: {
    sv: "Med framtiden för sig – En ESO-rapport om sociala investeringar",
    en: "Med framtiden för sig – an ESO report on social investment",
  },
  summary: {
    sv: "Expertgruppen för studier i offentlig ekonomi (ESO) beskriver i rapporten hur kommuner och regioner arbetade med sociala investeringar när den kom ut. År 2020 arbetade ungefär hälften av landets kommuner och regioner med sådana investeringar i någon form, och ett åttiotal kommuner och fem regioner hade pengar avsatta just för det.",
    en: "In this report the Expert Group on Public Economics (ESO) describes how municipalities and regions worked with social investment when it came out. In 2020 about half of Sweden's municipalities and regions worked with it in some form, and some 80 municipalities and 5 regions had funds set aside specifically for it.",
  },
  body: {
    sv: "Rapporten tar också upp hur bland andra näringslivet och den idéburna sektorn ser på sociala investeringar, och diskuterar ämnet i ett internationellt perspektiv. Den presenterades vid ett två timmar långt seminarium i Malmö den 20 januari 2020, följt av kommentarer och diskussion.",
    en: "The report also looks at how business and the non-profit (civil society) sector, among others, view social investment, and discusses the subject in an international context. It was presented at a two-hour seminar in Malmö on 20 January 2020, followed by comments and discussion.",
  },
  highlights: [
    {
      sv: "Ungefär hälften av Sveriges kommuner och regioner arbetade 2020 med sociala investeringar i någon form",
      en: "About half of Sweden's municipalities and regions worked with social investment in some form in 2020",
    },
    {
      sv: "Cirka 80 kommuner och 5 regioner hade avsatt medel särskilt för sociala investeringar",
      en: "About 80 municipalities and 5 regions had set aside funds specifically for social investment",
    },
    {
      sv: "Hur näringsliv och idéburen sektor ställer sig till sociala investeringar",
      en: "How business and civil society view social investment",
    },
    {
      sv: "Sociala investeringar i ett internationellt sammanhang",
      en: "Social investment in an international context",
    },
  ],
  // Presented at the seminar of 20 January 2020 (the source); the report itself carries the number 2020:1.
  publishedAt: "2020-01-20",
  reportNumber: "ESO 2020:1",
  authors: ["Balkfors", "Bokström", "Salonen"],
  organisations: [{ organisation: { slug: "eso" }, role: "publisher" }],
  sources: [underWayPage, esoReport],
};

const esoSeminar: NewsItemInput = {
  slug: "seminarium-sociala-investeringar-battre-att-forekomma",
  kind: "seminar",
  title: {
    sv: "Sociala investeringar – bättre att förekomma än förekommas",
    en: "Sociala investeringar – bättre att förekomma än förekommas (social investment: better to act first)",
  },
  summary: {
    sv: "Ett två timmar långt seminarium i Malmö den 20 januari 2020 där ESO-rapporten om sociala investeringar presenterades, följt av kommentarer och diskussion.",
    en: "A two-hour seminar in Malmö on 20 January 2020 at which the ESO report on social investment was presented, followed by comments and discussion.",
  },
  body: {
    sv: "Seminariet tog bland annat upp de här frågorna:",
    en: "Among other things, the seminar took up these questions:",
  },
  highlights: [
    {
      sv: "Hur kan staten göra det lättare att utveckla sociala investeringar?",
      en: "How can central government make it easier for social investment to develop?",
    },
    {
      sv: "Hur fungerar sociala investeringar i praktiken i kommunernas och regionernas ekonomistyrning?",
      en: "How does social investment work in practice in municipal and regional financial management?",
    },
    {
      sv: "Leder sociala investeringar till långsiktiga samarbeten mellan olika offentliga huvudmän?",
      en: "Does social investment foster long-term cooperation between different public bodies?",
    },
  ],
  eventDate: "2020-01-20",
  durationMinutes: 120,
  place: "Malmö",
  // The source names ESO's report as the subject but not the organiser.
  organisations: [{ organisation: { slug: "eso" }, role: "mentioned" }],
  sources: [underWayPage],
};

const pulsSmartProject: NewsItemInput = {
  slug: "pulssmart-projekt",
  kind: "project",
  title: {
    sv: "PulsSmart – för ett friskt lärande i skolan",
    en: "PulsSmart – for healthy learning at school",
  },
  summary: {
    sv: "Ger fysisk aktivitet i skolan bättre skolprestationer och starkare psykiskt välbefinnande? Det prövar PulsSmart bland mellanstadieelever i Sundsvall, Olofström och Karlskrona, med 20 minuter pulshöjande aktivitet tre dagar i veckan, från hösten 2019 till och med våren 2022.",
    en: "Does physical activity at school improve school performance and mental well-being? PulsSmart is testing it among pupils in years 4–6 in Sundsvall, Olofström and Karlskrona, with 20 minutes of pulse-raising activity three days a week, from autumn 2019 to the end of spring 2022.",
  },
  body: {
    sv: "Projektet är ett samarbete mellan Uppdrag Psykisk Hälsa, Sundsvalls kommun, Region Blekinge, Olofströms kommun och Karlskrona kommun, och prövar samtidigt en ny form av gemensamt utvecklingsarbete över organisationsgränser. Projektledare är Lennart Johansson i Sundsvalls kommun och Kristina Borén i Region Blekinge. Frågor besvaras av Anna Östbom.",
    en: "The project is a collaboration between Uppdrag Psykisk Hälsa, Sundsvall Municipality, Region Blekinge, Olofström Municipality and Karlskrona Municipality, and at the same time tries out a new form of joint development work across organisational boundaries. The project leaders are Lennart Johansson in Sundsvall Municipality and Kristina Borén in Region Blekinge. Questions go to Anna Östbom.",
  },
  // Höstterminen 2019 to the end of vårterminen 2022.
  period: { start: "2019-08", end: "2022-06" },
  organisations: [
    { organisation: { slug: "uppdrag-psykisk-halsa" }, role: "partner" },
    { organisation: { scbCode: "2281" }, role: "partner" },
    { organisation: { scbCode: "10" }, role: "partner" },
    { organisation: { scbCode: "1060" }, role: "partner" },
    { organisation: { scbCode: "1080" }, role: "partner" },
  ],
  sources: [underWayPage],
  relatedInitiativeSlug: "pulssmart",
};

/** The "På gång" items, in the order of the source page. */
export const contentNews: NewsItemInput[] = [esoReportItem, esoSeminar, pulsSmartProject];
