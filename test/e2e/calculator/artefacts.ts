// Shared by the report and editor tests: what a planner must never read on a page.

/** What a reader must never see: float artefacts, raw placeholders, identifiers of the code. */
export function artefactsIn(text: string): string[] {
  const patterns: [string, RegExp][] = [
    ["float with a point", /\d\.\d{6,}/],
    ["float with a comma", /\d,\d{6,}/],
    ["raw placeholder", /\{[a-zA-Z]+\}/],
    ["camelCase identifier", /\b[a-z]+[A-Z][a-zA-Z]*\b/],
    [
      "code word",
      /household-year|household-month|care-day|perParticipant|oneOff|unitCost|: unit cost|NaN|undefined|\bnull\b/,
    ],
    ["grouped year", /\b20\s\d{2}\b|\b20\u00a0\d{2}\b/],
  ];
  return patterns.flatMap(([name, pattern]) => {
    const match = pattern.exec(text);
    return match
      ? [`${name}: "${text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30)}"`]
      : [];
  });
}
