import { describe, expect, it } from "vitest";
import { newsItemSchema, newsKindLabels, newsKinds, newsSortDate, type NewsItemInput } from "./schema.ts";

const t = (sv: string, en = sv) => ({ sv, en });

const seminar: NewsItemInput = {
  slug: "seminarium",
  kind: "seminar",
  title: t("Seminarium"),
  summary: t("Ett seminarium."),
  eventDate: "2020-01-20",
  durationMinutes: 120,
  place: "Malmö",
  organisations: [{ organisation: { slug: "eso" }, role: "mentioned" }],
  sources: [{ title: "På gång inom sociala investeringar" }],
};

const messages = (value: unknown) =>
  newsItemSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ??
  [];

describe("newsItemSchema", () => {
  it("accepts a dated item and fills in empty lists", () => {
    expect(newsItemSchema.parse(seminar)).toMatchObject({ highlights: [], authors: [] });
  });

  it("needs a date of some kind", () => {
    expect(messages({ ...seminar, eventDate: undefined })).toEqual([
      "publishedAt: Give publishedAt, eventDate or a period with a start",
    ]);
    expect(
      messages({ ...seminar, eventDate: undefined, period: { start: "2019-08", end: "2022-06" } }),
    ).toEqual([]);
    expect(messages({ ...seminar, eventDate: "2020-01-32" }).length).toBeGreaterThan(0);
  });

  it("rejects an unknown kind, a repeated organisation and a bad related slug", () => {
    expect(messages({ ...seminar, kind: "podcast" })).toHaveLength(1);
    expect(
      messages({ ...seminar, organisations: [...seminar.organisations!, ...seminar.organisations!] }),
    ).toEqual(["organisations: Organisation slug:eso as mentioned is listed twice"]);
    expect(messages({ ...seminar, relatedInitiativeSlug: "Puls Smart" })).toHaveLength(1);
  });

  it("sorts by publication, then event, then period start", () => {
    expect(newsSortDate(newsItemSchema.parse({ ...seminar, publishedAt: "2020-01-10" }))).toBe("2020-01-10");
    expect(newsSortDate(newsItemSchema.parse(seminar))).toBe("2020-01-20");
    expect(
      newsSortDate(newsItemSchema.parse({ ...seminar, eventDate: undefined, period: { start: "2019-08" } })),
    ).toBe("2019-08");
  });

  it("labels every kind", () => {
    expect(Object.keys(newsKindLabels).sort()).toEqual([...newsKinds].sort());
  });
});

describe("newsItemSchema's numeric bounds (issue 13)", () => {
  it("refuses a seminar longer than a week and a date in the year 9999", () => {
    expect(messages({ ...seminar, durationMinutes: 2 ** 31 })).toEqual([
      "durationMinutes: durationMinutes must be a whole number between 1 and 10080",
    ]);
    expect(messages({ ...seminar, eventDate: "9999-01-01" })).toEqual([
      "eventDate: The year must be between 1900 and 2200",
    ]);
  });
});
