// Words a reader may use for what the showcase's texts call otherwise, kept as data: each line is one group of
// words (or short phrases) that mean the same to a reader. A search for any of them also looks for the others
// (query.ts). Write the words in their base form; inflected forms ("pensionärer", "fallskadorna") are matched
// by their stem key, and accents need not be listed twice (matching folds them).
export const swedishSynonyms: readonly (readonly string[])[] = [
  ["familjehem", "fosterhem", "jourhem", "fosterföräldrar", "familjehemsplacering"],
  ["äldre", "pensionär", "senior", "äldreomsorg", "ålderspensionär"],
  ["fallskada", "fallolycka", "fall", "benbrott", "fallprevention", "höftfraktur"],
  ["arbete", "jobb", "anställning", "sysselsättning", "arbetsmarknad"],
  ["ekonomiskt bistånd", "försörjningsstöd", "socialbidrag"],
  ["hemtjänst", "hemtjanst", "hemhjälp"],
];

/** The same for the English showcase's readers (a search from /en uses both lists). */
export const englishSynonyms: readonly (readonly string[])[] = [
  ["elderly", "older people", "older adults", "senior", "pensioner"],
  ["employment", "job", "work", "labour market"],
  ["foster care", "foster home", "family home"],
  ["falls", "fall prevention", "fractures"],
  ["heart rate", "pulse"],
];
