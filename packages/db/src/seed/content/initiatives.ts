// The eight initiatives of the first content, retold from shared/seeds/ in Swedish and English.
// Facts (numbers, places, partners, years, designs, results) are the sources'; where a source leaves something
// out (a start date, an evaluation) the record says so instead of filling it in.
import type { InitiativeInput } from "@insats/domain";
import { examplesPage, underWayPage } from "./sources.ts";

const noStartDate = {
  sv: "Ett år. Källan anger inte när året börjar.",
  en: "One year. The source does not say when the year starts.",
};

const styrkaHelaLivet: InitiativeInput = {
  slug: "styrka-hela-livet",
  title: { sv: "Styrka hela livet", en: "Styrka hela livet – strength throughout life" },
  summary: {
    sv: "Hudiksvalls kommun vill få fler äldre att röra sig. I ett år får kommuninvånare mellan 80 och 90 år träna upp sin balans och sina muskler, med förhoppningen att färre ska falla och bryta benen.",
    en: "Hudiksvall Municipality wants more older people to keep moving. For one year, residents aged 80 to 90 can train their balance and muscle strength, in the hope that fewer of them will fall and break bones.",
  },
  aim: {
    sv: "Att minska antalet fallolyckor och benbrott bland de äldsta genom bättre balans och starkare muskler.",
    en: "To reduce falls and fractures among the oldest residents through better balance and stronger muscles.",
  },
  method: {
    sv: "Träning av balans och muskelstyrka som erbjuds under ett års tid.",
    en: "Balance and strength training offered over one year.",
  },
  targetGroup: {
    description: {
      sv: "Äldre i Hudiksvalls kommun i åldern 80–90 år",
      en: "Older residents of Hudiksvall aged 80–90",
    },
    ageMin: 80,
    ageMax: 90,
  },
  period: { description: noStartDate },
  // The page speaks of the year ahead, but a participant already reports better balance: under way.
  status: "ongoing",
  scope: "local",
  focusAreas: ["fallPrevention", "elderlyHealth", "physicalActivity"],
  places: [{ kind: "municipality", scbCode: "2184" }],
  organisations: [
    {
      organisation: { scbCode: "2184" },
      role: "lead",
      note: { sv: "Står bakom initiativet", en: "Behind the initiative" },
    },
  ],
  quotes: [
    {
      text: {
        sv: "Jag har fått lite bättre balans, och har lättare att gå",
        en: "My balance has got a little better, and walking is easier",
      },
      attribution: { sv: "Jan, 85 år", en: "Jan, 85" },
    },
  ],
  evaluationNote: {
    sv: "Källan beskriver ingen utvärdering och redovisar inga mätresultat; det som finns är en deltagares egen upplevelse (se citatet).",
    en: "The source describes no evaluation and reports no measurements; what it offers is one participant's own experience (see the quote).",
  },
  sources: [examplesPage],
  showcaseGroup: "gavleborg",
};

const lasPaRecept: InitiativeInput = {
  slug: "las-pa-recept",
  title: { sv: "Läs på recept", en: "Läs på recept – reading on prescription" },
  tagline: {
    sv: "Konkreta råd om högläsning ska ge fart åt barns språkutveckling",
    en: "Practical advice on reading aloud to speed up children's language development",
  },
  summary: {
    sv: "Region Gävleborg prövar en ny metod för högläsning för barn med språkstörning. Läs på recept riktar sig främst till barn i förskoleåldern och är ett samarbete mellan logopedenheten på Gävle sjukhus och Kultur Gävleborg.",
    en: "Region Gävleborg is trying out a new read-aloud method for children with a language disorder (developmental language disorder). Läs på recept is aimed mainly at children of preschool age and is run jointly by the speech and language therapy unit at Gävle Hospital and Kultur Gävleborg.",
  },
  background: {
    sv: "Barn som har en språkstörning behöver särskilt mycket stöd för att deras språk ska utvecklas.",
    en: "Children with a language disorder need a great deal of extra support for their language to develop.",
  },
  method: {
    sv: "En ny högläsningsmetod där handfasta tips om hur man läser högt ska stimulera barnets språk.",
    en: "A new read-aloud method in which practical tips on reading aloud are meant to stimulate the child's language.",
  },
  targetGroup: {
    description: {
      sv: "I första hand barn i förskoleåldern som har en språkstörning",
      en: "Mainly children of preschool age who have a language disorder",
    },
    // "Förskoleåldern" without ages: the source gives none, so none are stated (nor found by an age filter).
  },
  period: {
    description: {
      sv: "”Från och med i höst”, enligt den odaterade källan; vilket år framgår inte.",
      en: "“From this autumn”, according to the undated source; the year is not given.",
    },
  },
  status: "planned",
  scope: "regional",
  focusAreas: ["language", "earlyChildhood", "culture"],
  places: [
    { kind: "region", countyCode: "21" },
    { kind: "site", name: "Gävle sjukhus", scbCode: "2180" },
  ],
  organisations: [
    {
      organisation: { scbCode: "21" },
      role: "lead",
      note: { sv: "Testar metoden", en: "Trying out the method" },
    },
    { organisation: { slug: "logopedenheten-gavle-sjukhus" }, role: "partner" },
    { organisation: { slug: "kultur-gavleborg" }, role: "partner" },
  ],
  evaluationNote: {
    sv: "Källan beskriver ingen utvärdering; metoden ska först prövas.",
    en: "The source describes no evaluation; the method is about to be tried out.",
  },
  sources: [examplesPage],
  showcaseGroup: "gavleborg",
};

const forenadeIRorelse: InitiativeInput = {
  slug: "forenade-i-rorelse",
  title: { sv: "Förenade i rörelse", en: "Förenade i rörelse – united in motion" },
  tagline: {
    sv: "Rörelse under skoldagen ska göra barnen i Iggesund friskare",
    en: "Movement during the school day to make Iggesund's children healthier",
  },
  summary: {
    sv: "Under ett år får barn i årskurs 3 på Iggesunds skola och Gnarps skola prova på idrott och andra aktiviteter, både på rasterna och när skoldagen är slut. Bakom satsningen står Hudiksvalls och Nordanstigs kommuner tillsammans med Gävleborgs Idrottsförbund.",
    en: "For one year, year-3 pupils at Iggesund School and Gnarp School get to try sports and other activities during breaks and after school. Hudiksvall and Nordanstig municipalities run it together with the Gävleborg Sports Federation.",
  },
  aim: {
    sv: "Att barn och unga ska röra sig mer och därigenom bli friskare.",
    en: "To get children and young people moving more, and healthier as a result.",
  },
  method: {
    sv: "Idrott och andra aktiviteter att prova på, på raster och efter skoltid.",
    en: "Sports and other activities to try, during breaks and after school.",
  },
  targetGroup: {
    description: {
      sv: "Elever i årskurs 3 på Iggesunds skola (Hudiksvall) och Gnarps skola (Nordanstig)",
      en: "Year-3 pupils at Iggesund School (Hudiksvall) and Gnarp School (Nordanstig)",
    },
    schoolYears: { from: 3, to: 3 },
  },
  period: { description: noStartDate },
  status: "planned",
  scope: "regional",
  focusAreas: ["physicalActivity", "publicHealth", "school"],
  places: [
    { kind: "site", name: "Iggesunds skola", scbCode: "2184" },
    { kind: "site", name: "Gnarps skola", scbCode: "2132" },
  ],
  organisations: [
    { organisation: { scbCode: "2184" }, role: "partner" },
    { organisation: { scbCode: "2132" }, role: "partner" },
    { organisation: { slug: "gavleborgs-idrottsforbund" }, role: "partner" },
  ],
  evaluationNote: {
    sv: "Källan beskriver ingen utvärdering.",
    en: "The source describes no evaluation.",
  },
  sources: [examplesPage],
  showcaseGroup: "gavleborg",
};

const elSistema: InitiativeInput = {
  slug: "el-sistema-orebro",
  title: { sv: "El Sistema i Örebro", en: "El Sistema in Örebro" },
  summary: {
    sv: "Örebro kommun gav barn i förskoleklass och årskurs 1–2 på två skolor i Varberga och Oxhagen musikundervisning enligt El Sistema, för att förebygga utanförskap. Barnen fick bland annat bättre språk och självkänsla, och verksamheten har införts permanent och byggts ut.",
    en: "Örebro Municipality gave children in the reception class and years 1–2 at two schools in Varberga and Oxhagen music tuition on the El Sistema model, to prevent social exclusion. The children's language and self-esteem, among other things, improved, and the programme has been made permanent and expanded.",
  },
  background: {
    sv: "I början av 2014 larmade socialtjänsten om växande social oro i Varberga och Oxhagen, kopplad till hur tonåringar och unga vuxna betedde sig. Områdena hade förekommit i negativa sammanhang i media, och brottsligheten där var hög under 2013. Två viktiga riskfaktorer pekades ut: barnen hade inga fritidsaktiviteter och ingen plats på fritidshem efter skoldagen.",
    en: "Early in 2014 the social services reported growing social unrest in Varberga and Oxhagen, linked to the behaviour of teenagers and young adults. The areas had featured in the media in a negative light, and crime there was high in 2013. Two important risk factors were identified: the children had no leisure activities and no after-school care once the school day ended.",
  },
  aim: {
    sv: "Att förebygga utanförskap genom musikundervisning. Målet var att fler av barnen skulle ha en fritidsaktivitet och vara nöjda med sin fritid.",
    en: "To prevent social exclusion through music tuition. The goal was that more of the children would have a leisure activity and be content with their free time.",
  },
  method: {
    sv: "El Sistema är en modell från Venezuela som använder klassisk musik som redskap för social och mänsklig utveckling. I Örebro lades aktiviteterna inom förskoleklassens och skolans vanliga verksamhet, så att alla barn kunde vara med. Barnen hade musiklektioner med kör och orkester, och familjeträffar ordnades för att föräldrarna skulle bli delaktiga.",
    en: "El Sistema is a model from Venezuela that uses classical music as a tool for social and human development. In Örebro the activities took place within ordinary reception-class and school hours, so that every child could take part. The children had music lessons with choir and orchestra, and family gatherings were held to involve the parents.",
  },
  targetGroup: {
    description: {
      sv: "Elever i förskoleklass och årskurs 1–2 på två skolor i Varberga och Oxhagen",
      en: "Pupils in the reception class and years 1–2 at two schools in Varberga and Oxhagen",
    },
    schoolYears: { from: 0, to: 2 },
  },
  period: {
    description: {
      sv: "Startade efter socialtjänstens larm i början av 2014; källan anger inte start- och slutdatum.",
      en: "Started after the social services' warning early in 2014; the source gives no start or end date.",
    },
  },
  status: "scaledUp",
  scope: "local",
  focusAreas: ["culture", "socialCohesion", "school"],
  places: [
    {
      kind: "site",
      name: "Varberga",
      scbCode: "1880",
      description: { sv: "bostadsområde i Örebro", en: "residential area in Örebro" },
    },
    {
      kind: "site",
      name: "Oxhagen",
      scbCode: "1880",
      description: { sv: "bostadsområde i Örebro", en: "residential area in Örebro" },
    },
  ],
  organisations: [{ organisation: { scbCode: "1880" }, role: "lead" }],
  evaluations: [
    {
      key: "uppfoljning",
      designs: ["descriptive"],
      status: "completed",
      description: {
        sv: "Källan säger inte hur resultaten togs fram och redovisar dem i ord, utan siffror. De räknas därför här som en beskrivande uppföljning.",
        en: "The source does not say how the results were obtained and reports them in words, without figures. They are therefore treated here as a descriptive follow-up.",
      },
      findings: {
        sv: "Projektet har bidragit till bättre språkkunskaper, starkare självkänsla, bättre koncentration och mer lugn hos barnen, och till stolthet hos både barn och föräldrar. Föräldrarna bedöms också ha blivit mer engagerade och delaktiga i skolans verksamhet. Med detta och områdets karaktär och behov som grund bedömdes det viktigt att fortsätta, och projektet har införts och skalats upp.",
        en: "The project has contributed to better language skills, stronger self-esteem, better concentration and more calm among the children, and to pride among both children and parents. Parents are also judged to have become more engaged and involved in the school. On these grounds, and given the area's character and needs, continuing was judged important, and the project has been implemented and scaled up.",
      },
    },
  ],
  sources: [examplesPage],
  showcaseGroup: "national",
};

const servicetrainee: InitiativeInput = {
  slug: "servicetrainee",
  title: { sv: "Servicetrainee i Norrköping", en: "Servicetrainee in Norrköping" },
  summary: {
    sv: "Norrköpings kommun gav 30 personer som länge varit beroende av ekonomiskt bistånd en ettårig anställning i kommunens verksamheter. Antalet hushåll med bistånd i projektgruppen minskade med 74 procent, mot 20 och 30 procent i två kontrollgrupper – en effekt på ungefär 44–54 procentenheter. Insatsen är nu ordinarie verksamhet och har skalats upp.",
    en: "Norrköping Municipality gave 30 people who had long depended on social assistance a one-year job in municipal services. Households on assistance in the project group fell by 74 per cent, against 20 and 30 per cent in two control groups – an effect of about 44–54 percentage points. The initiative is now part of regular operations and has been scaled up.",
  },
  background: {
    sv: "Under en femårsperiod ökade antalet hushåll som var beroende av försörjningsstöd kraftigt i Norrköping.",
    en: "Over a five-year period, the number of households dependent on income support rose sharply in Norrköping.",
  },
  aim: {
    sv: "Att ge personer med utländsk bakgrund som haft svårt att komma in på arbetsmarknaden en väg ut ur utanförskap och marginalisering, till arbete och egen försörjning. Samtidigt skulle kostnaderna för försörjningsstöd och antalet familjer som behöver det minska, och kommunen skulle på sikt få lättare att rekrytera personal som talar de stora invandrarspråken.",
    en: "To give people of foreign background who had struggled to enter the labour market a way out of exclusion and marginalisation, into work and self-sufficiency. At the same time, spending on income support and the number of families needing it were to fall, and the municipality would in future find it easier to recruit staff who speak the main immigrant languages.",
  },
  method: {
    sv: "En tidsbegränsad arbetsmarknadsinsats på tolv månader inom den kommunala sektorn: deltagarna fick ettåriga anställningar i kommunala verksamheter. För att delta skulle man vara beroende av ekonomiskt bistånd och tala minst ett av kommunens största invandrarspråk. Barnfamiljer gick före.",
    en: "A fixed-term, twelve-month labour-market measure in the municipal sector: participants were employed for one year in municipal services. To take part, people had to depend on social assistance and speak at least one of the municipality's largest immigrant languages. Families with children were given priority.",
  },
  targetGroup: {
    description: {
      sv: "Personer som länge varit beroende av ekonomiskt bistånd och talar minst ett av kommunens största invandrarspråk; barnfamiljer prioriterades",
      en: "People long dependent on social assistance who speak at least one of the municipality's largest immigrant languages; families with children had priority",
    },
  },
  participants: 30,
  // The source dates the results (September 2012 to January 2014), not the project itself.
  period: {
    description: {
      sv: "Ettåriga anställningar. Källan anger inte när projektet började och slutade; resultaten gäller september 2012 – januari 2014.",
      en: "One-year jobs. The source does not say when the project began and ended; the results cover September 2012 – January 2014.",
    },
  },
  status: "scaledUp",
  scope: "local",
  focusAreas: ["employment", "integration"],
  places: [{ kind: "municipality", scbCode: "0581" }],
  organisations: [{ organisation: { scbCode: "0581" }, role: "lead" }],
  evaluations: [
    {
      key: "effektutvardering",
      designs: ["waitListControl", "stratifiedControl"],
      status: "completed",
      period: { start: "2012-09", end: "2014-01" },
      description: {
        sv: "Förändringen i antalet hushåll med ekonomiskt bistånd i projektgruppen jämfördes med två kontrollgrupper under samma period: en väntlistekontroll och en stratifierad generisk kontrollgrupp.",
        en: "The change in the number of households on social assistance in the project group was compared with two control groups over the same period: a wait-list control and a stratified generic control group.",
      },
      measures: [
        {
          key: "householdsOnAssistance",
          label: {
            sv: "Hushåll beroende av ekonomiskt bistånd",
            en: "Households dependent on social assistance",
          },
          unit: { sv: "hushåll", en: "households" },
        },
      ],
      groups: [
        {
          key: "project",
          label: { sv: "Projektgruppen", en: "Project group" },
          kind: "treatment",
          description: { sv: "De 30 deltagarna i Servicetrainee", en: "The 30 Servicetrainee participants" },
          size: 30,
        },
        { key: "waitList", label: { sv: "Väntlistekontroll", en: "Wait-list control" }, kind: "control" },
        {
          key: "stratified",
          label: { sv: "Stratifierad generisk kontrollgrupp", en: "Stratified generic control group" },
          kind: "control",
        },
      ],
      results: [
        { measureKey: "householdsOnAssistance", groupKey: "project", change: -0.74 },
        { measureKey: "householdsOnAssistance", groupKey: "waitList", change: -0.2 },
        { measureKey: "householdsOnAssistance", groupKey: "stratified", change: -0.3 },
      ],
      findings: {
        sv: "Enligt källan tyder resultatet på att projektet minskade antalet hushåll med ekonomiskt bistånd med cirka 44–54 procent. Utifrån effekterna beslutades att verksamheten skulle fortsätta; den har blivit ordinarie verksamhet och skalats upp.",
        en: "According to the source, the result suggests that the project cut the number of households on social assistance by about 44–54 per cent. Given these effects it was decided to continue; the work has become a regular service and has been scaled up.",
      },
      effect: {
        measureKey: "householdsOnAssistance",
        low: 0.44,
        high: 0.54,
        central: 0.49,
        unit: "percentagePoints",
        basis: {
          sv: "Minskningen i varje kontrollgrupp dras från minskningen i projektgruppen: 74 − 30 = 44 och 74 − 20 = 54 procentenheter av den ursprungliga gruppen; mittvärdet är 49.",
          en: "Each control group's fall is subtracted from the project group's: 74 − 30 = 44 and 74 − 20 = 54 percentage points of the original group; the midpoint is 49.",
        },
      },
    },
  ],
  sources: [examplesPage],
  showcaseGroup: "national",
};

const skolfam: InitiativeInput = {
  slug: "skolfam-orebro",
  title: { sv: "Skolfam i Örebro", en: "Skolfam in Örebro" },
  summary: {
    sv: "Skolfam ger 30–40 familjehemsplacerade barn i åldern 7–14 år i Örebro kommun ett eget team som följer deras skolgång, som ett komplement till elevhälsan och socialtjänstens familjehemsvård. Målet är att fler ska klara skolan och att färre ska behöva flyttas vidare.",
    en: "Skolfam gives 30–40 children aged 7–14 in family-home (foster) care in Örebro Municipality a team of their own that follows their schooling, alongside the school health service and the social services' foster care. The aim is that more of them succeed at school and fewer have to be moved on.",
  },
  background: {
    sv: "Barn som är placerade i familjehem har visat sig löpa större risk att misslyckas i skolan, vilket i sin tur ökar risken för bland annat arbetslöshet, psykisk ohälsa och missbruk senare i livet. De yrkesgrupper som möter placerade barn och unga kan inte alltid bemöta dem och deras familjer på rätt sätt, och skolor upplever ofta att kommunikationen kring ett placerat barn är svår. Eftersom många verksamheter finns runt varje placerat barn behövs samordning och samverkan, och kunskap om vad de olika aktörerna gör.",
    en: "Children placed in family homes have been shown to run a greater risk of failing at school, which in turn raises the risk of later unemployment, mental ill-health and substance misuse, among other things. The professionals who meet children in care do not always know how to approach them and their families, and schools often find communication about a child in care difficult. With many services around each child, coordination, cooperation and knowledge of what each actor does are much needed.",
  },
  aim: {
    sv: "Att fler familjehemsplacerade barn ska nå godkänt på de nationella proven och bli behöriga till gymnasiet, och att deras pedagogiska och psykologiska utveckling ska stärkas. Färre barn ska behöva flyttas från familjehem till HVB, och färre ska behöva socialtjänstens andra insatser och öppenvård.",
    en: "That more children in family-home care pass the national tests and qualify for upper secondary school, and that their educational and psychological development is strengthened. Fewer children should need to be moved from family homes to residential care (HVB), and fewer should need other social-services interventions and outpatient care.",
  },
  method: {
    sv: "Skolfam kompletterar den ordinarie elevhälsan och socialtjänstens familjehemsvård. Runt varje barn byggs ett nära samarbete där delmål sätts, följs upp och förnyas tillsammans med Skolfam-teamet och andra inblandade, ända tills barnet lämnar grundskolan. Ett Skolfam-team består av barnets socialsekreterare, familjehemmets socialsekreterare, en specialpedagog och en psykolog.",
    en: "Skolfam complements the ordinary school health service and the social services' foster care. Around each child a close cooperation is set up in which step-by-step goals are set, followed up and renewed with the Skolfam team and others involved, until the child leaves compulsory school. A Skolfam team consists of the child's social worker, the foster family's social worker, a special-needs teacher and a psychologist.",
  },
  targetGroup: {
    description: {
      sv: "Familjehemsplacerade barn i åldern 7–14 år i Örebro kommun",
      en: "Children aged 7–14 placed in family homes in Örebro Municipality",
    },
    ageMin: 7,
    ageMax: 14,
  },
  participants: { min: 30, max: 40 },
  period: {
    description: {
      sv: "Källan anger ingen period; stödet till varje barn pågår tills barnet går ut grundskolan.",
      en: "The source gives no period; support for each child lasts until the child finishes compulsory school.",
    },
  },
  status: "ongoing",
  scope: "local",
  focusAreas: ["childrenInCare", "school"],
  places: [{ kind: "municipality", scbCode: "1880" }],
  organisations: [{ organisation: { scbCode: "1880" }, role: "lead" }],
  evaluations: [
    {
      key: "planerad-utvardering",
      designs: ["historicalComparison", "beforeAfter"],
      status: "planned",
      description: {
        sv: "Utvärderingen ska göras på två sätt: genom en historisk jämförelse med barn som tidigare varit placerade i familjehem i Örebro kommun, och genom mätningar före och efter med psykologiska och pedagogiska tester.",
        en: "The evaluation is to be done in two ways: a historical comparison with children previously placed in family homes in Örebro Municipality, and before-and-after measurements with psychological and educational tests.",
      },
      measures: [
        { key: "psychologicalTests", label: { sv: "Psykologiska tester", en: "Psychological tests" } },
        { key: "educationalTests", label: { sv: "Pedagogiska tester", en: "Educational tests" } },
      ],
      groups: [
        {
          key: "skolfamChildren",
          label: { sv: "Barn i Skolfam", en: "Children in Skolfam" },
          kind: "treatment",
        },
        {
          key: "historical",
          label: {
            sv: "Tidigare familjehemsplacerade barn i Örebro kommun",
            en: "Children previously in family-home care in Örebro",
          },
          kind: "control",
        },
      ],
    },
  ],
  sources: [examplesPage],
  showcaseGroup: "national",
};

const halsoframjandeSeniorer: InitiativeInput = {
  slug: "halsoframjande-insatser-for-seniorer",
  title: {
    sv: "Hälsofrämjande insatser för seniorer i Östersund",
    en: "Health promotion for seniors in Östersund",
  },
  summary: {
    sv: "Östersunds kommun erbjuder äldre som börjat få svårt med vardagens aktiviteter gruppträffar med fysisk och social aktivitet. Tanken är att bättre hälsa och förmåga ska minska behovet av hemtjänst. Projektet pågår, och utvärderingen var planerad att börja 2018/19.",
    en: "Östersund Municipality offers older people who are starting to find everyday activities hard group sessions built around physical and social activity. The idea is that better health and ability will reduce the need for home care. The project is ongoing, and its evaluation was planned to begin in 2018/19.",
  },
  background: {
    sv: "Östersunds kommun såg att äldres behov av hemtjänst hängde ihop med deras aktivitetsbegränsningar, som i sin tur kom av försämrad hälsa. Tidiga hälsofrämjande insatser kan förbättra hälsan i gruppen och minska behovet av hemtjänst, men kunskap saknas om hur sådana insatser ska genomföras effektivt.",
    en: "Östersund Municipality saw that older people's need for home care depended on their activity limitations, which in turn followed from declining health. Early health-promoting efforts can improve this group's health and reduce the need for home care, but there is little knowledge of how to implement them effectively.",
  },
  aim: {
    sv: "Att främja den enskildes hälsa och självständighet och öka förmågan att klara aktiviteter, och därigenom minska behovet av hemtjänst.",
    en: "To promote each person's health and independence and improve their ability to carry out activities, and so reduce the need for home care.",
  },
  method: {
    sv: "Gruppträffar (seniorträffar) med fokus på fysisk och social aktivitet, för äldre med tidiga aktivitetsbegränsningar.",
    en: "Group sessions (seniorträffar) focused on physical and social activity, for older people with early activity limitations.",
  },
  targetGroup: {
    description: {
      sv: "Äldre personer i Östersunds kommun med tidiga aktivitetsbegränsningar",
      en: "Older people in Östersund Municipality with early activity limitations",
    },
  },
  period: {
    description: {
      sv: "Pågående; källan anger inget startdatum.",
      en: "Ongoing; the source gives no start date.",
    },
  },
  status: "ongoing",
  scope: "local",
  focusAreas: ["elderlyHealth", "physicalActivity"],
  places: [{ kind: "municipality", scbCode: "2380" }],
  organisations: [{ organisation: { scbCode: "2380" }, role: "lead" }],
  priorEvidence: {
    sv: "Tidigare studier av samma slags insats har visat att deltagarnas aktivitetsförmåga försämrades mindre, att deras självskattade hälsa blev bättre på både kort och lång sikt, och att deras fysiska funktioner försämrades mindre upp till två år efter seniorträffarna. En nyligen gjord hälsoekonomisk studie fann att kostnaderna för både kommunal omsorg och hälso- och sjukvård var lägre för deltagare i seniorträffar än för äldre som inte deltagit.",
    en: "Earlier studies of the same kind of intervention found a smaller decline in participants' ability to carry out activities, better self-rated health in both the short and the long term, and a smaller decline in physical function up to two years after the sessions. A recent health-economic study found that the costs of both municipal care and health care were lower for participants in the sessions than for older people who had not taken part.",
  },
  evaluations: [
    {
      key: "planerad-utvardering",
      designs: ["historicalComparison"],
      status: "planned",
      period: {
        description: { sv: "Planerad att börja 2018/19", en: "Planned to begin in 2018/19" },
      },
      description: {
        sv: "De som deltagit i seniorträffarna ska jämföras med personer i motsvarande grupp från tiden innan insatsen började.",
        en: "Those who took part in the sessions are to be compared with people in a corresponding group from before the initiative began.",
      },
      groups: [
        {
          key: "participants",
          label: { sv: "Deltagare i seniorträffar", en: "Session participants" },
          kind: "treatment",
        },
        {
          key: "beforeStart",
          label: { sv: "Motsvarande grupp före insatsens start", en: "Corresponding group before the start" },
          kind: "control",
        },
      ],
    },
  ],
  sources: [examplesPage],
  showcaseGroup: "national",
};

const pulsSmart: InitiativeInput = {
  slug: "pulssmart",
  title: {
    sv: "PulsSmart – för ett friskt lärande i skolan",
    en: "PulsSmart – for healthy learning at school",
  },
  summary: {
    sv: "Kan fysisk aktivitet i skolan ge bättre skolresultat och starkare psykiskt välbefinnande? PulsSmart undersöker det bland mellanstadieelever med korta pulshöjande pass tre dagar i veckan. Uppdrag Psykisk Hälsa, Sundsvalls kommun, Region Blekinge, Olofströms kommun och Karlskrona kommun driver projektet tillsammans från höstterminen 2019 till och med vårterminen 2022.",
    en: "Can physical activity at school lead to better school results and stronger mental well-being? PulsSmart is finding out among pupils in years 4–6 with short, pulse-raising sessions three days a week. Uppdrag Psykisk Hälsa, Sundsvall Municipality, Region Blekinge, Olofström Municipality and Karlskrona Municipality run the project together from the autumn term of 2019 to the end of the spring term of 2022.",
  },
  aim: {
    sv: "Att ta reda på om fysisk aktivitet i skolan leder till bättre skolprestationer och starkare psykiskt välbefinnande, och att ta fram en ny form av gemensamt utvecklingsarbete över organisationsgränser.",
    en: "To find out whether physical activity at school leads to better school performance and stronger mental well-being, and to develop a new form of joint development work across organisational boundaries.",
  },
  method: {
    sv: "Tre dagar i veckan har eleverna ett aktivitetspass på 20 minuter utöver de vanliga lektionerna. Passen ska ligga på 60–75 procent av maxpulsen – mer som en aktiv rast än en idrottslektion – och pulsband används för att säkerställa intensiteten. Vid utvalda pass görs kognitiva tester av elevernas koncentration och förmåga att sålla bort ovidkommande intryck.\n\nProjektet tillämpar också sociala investeringars komponenter, alltså det organisatoriska, strategiska och operativa arbete som behövs, och prövar en ny form av utvecklingsarbete där flera organisationer samarbetar. När flera organisationer ingår i samarbetet kan det ge många vinster:",
    en: "Three days a week the pupils have a 20-minute activity session on top of their ordinary lessons. The sessions are meant to reach 60–75 per cent of maximum heart rate – more an active break than a PE lesson – and heart-rate bands are used to make sure of the intensity. At selected sessions, cognitive tests measure the pupils' concentration and their ability to filter out irrelevant stimuli.\n\nThe project also applies the components of social investment – the organisational, strategic and operational work required – and tries out a new form of development work in which several organisations cooperate. Several organisations working together can bring many benefits:",
  },
  highlights: [
    {
      sv: "Organisationerna kan fördela kompetens och arbetsuppgifter efter förutsättningar och styrkor",
      en: "The organisations can share expertise and tasks according to their circumstances and strengths",
    },
    {
      sv: "Fler deltagare i satsningen ger ett bra underlag för effektutvärderingen",
      en: "More participants make a sound basis for the impact evaluation",
    },
    {
      sv: "De lokala projektledarna får naturliga samarbetspartner att utbyta erfarenheter och hantera utmaningar med",
      en: "The local project leaders gain natural partners for sharing experience and handling challenges",
    },
    {
      sv: "PulsSmart prövas i flera kommuner, vilket kan göra det lättare att sprida projektet i framtiden",
      en: "PulsSmart is tested in several municipalities, which may help it spread in future",
    },
  ],
  targetGroup: {
    description: { sv: "Elever på mellanstadiet (årskurs 4–6)", en: "Pupils in years 4–6 (mellanstadiet)" },
    schoolYears: { from: 4, to: 6 },
  },
  // Höstterminen 2019 to the end of vårterminen 2022.
  period: { start: "2019-08", end: "2022-06" },
  // The source says it runs to the end of the spring term of 2022, and says nothing of an extension.
  status: "completed",
  // Partners in two counties (Västernorrland and Blekinge) and a national programme.
  scope: "national",
  focusAreas: ["physicalActivity", "school", "mentalHealth"],
  places: [
    { kind: "municipality", scbCode: "2281" },
    { kind: "region", countyCode: "10" },
    { kind: "municipality", scbCode: "1060" },
    { kind: "municipality", scbCode: "1080" },
  ],
  // The source calls all five a collaboration and names no single lead; the project leaders sit in Sundsvall
  // and Region Blekinge.
  organisations: [
    { organisation: { slug: "uppdrag-psykisk-halsa" }, role: "partner" },
    {
      organisation: { scbCode: "2281" },
      role: "partner",
      note: { sv: "Projektledare: Lennart Johansson", en: "Project leader: Lennart Johansson" },
    },
    {
      organisation: { scbCode: "10" },
      role: "partner",
      note: {
        sv: "Projektledare: Kristina Borén, i samarbete med Olofströms kommun och Karlskrona kommun",
        en: "Project leader: Kristina Borén, together with Olofström and Karlskrona municipalities",
      },
    },
    { organisation: { scbCode: "1060" }, role: "partner" },
    { organisation: { scbCode: "1080" }, role: "partner" },
  ],
  contacts: [
    {
      name: "Lennart Johansson",
      role: { sv: "Projektledare i Sundsvalls kommun", en: "Project leader in Sundsvall Municipality" },
      organisation: { scbCode: "2281" },
    },
    {
      name: "Kristina Borén",
      role: {
        sv: "Projektledare i Region Blekinge, i samarbete med Olofströms kommun och Karlskrona kommun",
        en: "Project leader in Region Blekinge, together with Olofström and Karlskrona municipalities",
      },
      organisation: { scbCode: "10" },
    },
    {
      name: "Anna Östbom",
      role: { sv: "Kontaktperson för frågor om PulsSmart", en: "Contact for questions about PulsSmart" },
    },
  ],
  evaluations: [
    {
      key: "effektutvardering",
      designs: ["historicalComparison", "contemporaneousComparison"],
      status: "planned",
      description: {
        sv: "Eleverna gör kognitiva tester vid utvalda aktivitetspass och svarar på enkäter om hälsorelaterad livskvalitet, som ett mått på psykiskt välbefinnande. Deltagarnas resultat på de nationella proven i årskurs 3 och 6 analyseras och jämförs både med en historisk och med en samtida kontrollgrupp.",
        en: "Pupils take cognitive tests at selected activity sessions and answer questionnaires on health-related quality of life, as a measure of mental well-being. Their results in the national tests in years 3 and 6 are analysed and compared with both a historical and a contemporaneous control group.",
      },
      measures: [
        {
          key: "cognitiveTests",
          label: { sv: "Kognitiva tester", en: "Cognitive tests" },
          description: {
            sv: "Koncentrationsförmåga och förmåga att sortera bort irrelevanta stimuli",
            en: "Concentration and the ability to screen out irrelevant stimuli",
          },
        },
        {
          key: "healthRelatedQualityOfLife",
          label: {
            sv: "Hälsorelaterad livskvalitet (enkät)",
            en: "Health-related quality of life (questionnaire)",
          },
        },
        {
          key: "nationalTestsYear3",
          label: { sv: "Nationella prov i årskurs 3", en: "National tests in year 3" },
        },
        {
          key: "nationalTestsYear6",
          label: { sv: "Nationella prov i årskurs 6", en: "National tests in year 6" },
        },
      ],
      groups: [
        { key: "pupils", label: { sv: "Elever i PulsSmart", en: "PulsSmart pupils" }, kind: "treatment" },
        {
          key: "historical",
          label: { sv: "Historisk kontrollgrupp", en: "Historical control group" },
          kind: "control",
        },
        {
          key: "contemporaneous",
          label: { sv: "Samtida kontrollgrupp", en: "Contemporaneous control group" },
          kind: "control",
        },
      ],
    },
  ],
  sources: [underWayPage],
  showcaseGroup: "pagang",
};

/** Every initiative of the first content, in the order of the source pages. */
export const contentInitiatives: InitiativeInput[] = [
  styrkaHelaLivet,
  lasPaRecept,
  forenadeIRorelse,
  elSistema,
  servicetrainee,
  skolfam,
  halsoframjandeSeniorer,
  pulsSmart,
];
