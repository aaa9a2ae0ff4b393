// What the seeded content holds (packages/db/src/seed/content), as the showcase shows it.
export const seededInitiatives = [
  { slug: "styrka-hela-livet", sv: "Styrka hela livet", en: "Styrka hela livet – strength throughout life" },
  { slug: "las-pa-recept", sv: "Läs på recept", en: "Läs på recept – reading on prescription" },
  { slug: "forenade-i-rorelse", sv: "Förenade i rörelse", en: "Förenade i rörelse – united in motion" },
  { slug: "el-sistema-orebro", sv: "El Sistema i Örebro", en: "El Sistema in Örebro" },
  { slug: "servicetrainee", sv: "Servicetrainee i Norrköping", en: "Servicetrainee in Norrköping" },
  { slug: "skolfam-orebro", sv: "Skolfam i Örebro", en: "Skolfam in Örebro" },
  {
    slug: "halsoframjande-insatser-for-seniorer",
    sv: "Hälsofrämjande insatser för seniorer i Östersund",
    en: "Health promotion for seniors in Östersund",
  },
  {
    slug: "pulssmart",
    sv: "PulsSmart – för ett friskt lärande i skolan",
    en: "PulsSmart – for healthy learning at school",
  },
] as const;

export const gavleborgTitles = ["Styrka hela livet", "Läs på recept", "Förenade i rörelse"];

export const seededNews = [
  "eso-rapport-med-framtiden-for-sig",
  "seminarium-sociala-investeringar-battre-att-forekomma",
  "pulssmart-projekt",
] as const;

/** Every page of the showcase, in Swedish and English. */
export const pagesByLocale = {
  sv: {
    home: "/",
    initiatives: "/insatser",
    initiative: (slug: string) => `/insatser/${slug}`,
    news: "/pa-gang",
    newsItem: (slug: string) => `/pa-gang/${slug}`,
    about: "/om-metoden",
    openData: "/oppna-data",
    accessibility: "/tillganglighet",
    search: "/sok",
  },
  en: {
    home: "/en",
    initiatives: "/en/initiatives",
    initiative: (slug: string) => `/en/initiatives/${slug}`,
    news: "/en/news",
    newsItem: (slug: string) => `/en/news/${slug}`,
    about: "/en/about-the-method",
    openData: "/en/open-data",
    accessibility: "/en/accessibility",
    search: "/en/search",
  },
} as const;

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), enough to check the open data file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
