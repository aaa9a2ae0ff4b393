import { initiativeSchema } from "@insats/domain";
import { describe, expect, it } from "vitest";
import { toContent } from "./draft";
import { contentIssues, serverIssues } from "./issues";

describe("contentIssues", () => {
  it("names each field the domain schema refuses, with a message key", () => {
    const issues = contentIssues(
      initiativeSchema,
      toContent({
        slug: "Inte en adress",
        title: { sv: "Läsning", en: "" },
        summary: { sv: "", en: "" },
        targetGroup: { description: { sv: "Barn", en: "Children" }, ageMin: 9, ageMax: 3 },
        period: { start: "2025-13" },
        status: "ongoing",
        scope: "local",
        focusAreas: [],
        places: [{ kind: "municipality", scbCode: "0581" }],
        organisations: [{ organisation: { scbCode: "0581" }, role: "lead" }],
        sources: [{ title: "Rapport", url: "inte-en-url" }],
        evaluationNote: { sv: "Ingen ännu", en: "None yet" },
        showcaseGroup: "national",
        reviewedOn: "1999-12-31",
      }),
    );
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.key]));
    expect(byPath).toEqual({
      slug: "slug",
      "title.en": "required",
      summary: "required",
      "targetGroup.ageMax": "ageOrder",
      "period.start": "date",
      focusAreas: "atLeastOne",
      "sources.0.url": "url",
      reviewedOn: "reviewedOn",
    });
  });

  it("reads the API's issues of what only the database knows", () => {
    expect(
      serverIssues([
        { path: "slug", message: "Another initiative has the slug x" },
        { path: "organisations.0.organisation", message: "No organisation slug:x is stored" },
      ]),
    ).toEqual([
      { path: "slug", key: "slugTaken" },
      { path: "organisations.0.organisation", key: "unknownOrganisation" },
    ]);
  });
});
