import { describe, expect, it } from "vitest";
import { findCounty, findMunicipality } from "./reference.ts";
import {
  municipalityOrganisation,
  municipalityOrganisationName,
  organisationRefKey,
  organisationRefSchema,
  organisationSchema,
  referenceOrganisations,
  regionOrganisation,
  resolveOrganisationRef,
} from "./schema.ts";

const issues = (value: unknown) =>
  organisationSchema
    .safeParse(value)
    .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("organisationSchema", () => {
  it("accepts a municipality with its 4-digit SCB code and a region with its county code", () => {
    expect(
      issues({
        slug: "hudiksvall-kommun",
        name: { sv: "Hudiksvalls kommun", en: "Hudiksvall Municipality" },
        kind: "municipality",
        scbCode: "2184",
        countyCode: "21",
      }),
    ).toEqual([]);
    expect(
      issues({
        slug: "region-gavleborg",
        name: { sv: "Region Gävleborg", en: "Region Gävleborg" },
        kind: "region",
        scbCode: "21",
      }),
    ).toEqual([]);
  });

  it("requires the SCB code of municipalities and regions, in the right form, existing and in the right county", () => {
    const name = { sv: "X", en: "X" };
    expect(issues({ slug: "x", name, kind: "municipality" })).toEqual([
      "scbCode: A municipality needs its 4-digit SCB code",
    ]);
    expect(issues({ slug: "x", name, kind: "municipality", scbCode: "21" })).toEqual([
      "scbCode: A municipality's SCB code has 4 digits",
    ]);
    expect(issues({ slug: "x", name, kind: "region", scbCode: "2184" })).toEqual([
      "scbCode: A region's SCB code has 2 digits",
    ]);
    expect(issues({ slug: "x", name, kind: "municipality", scbCode: "2199" })).toEqual([
      "scbCode: No Swedish municipality has the SCB code 2199",
    ]);
    expect(issues({ slug: "x", name, kind: "municipality", scbCode: "2184", countyCode: "22" })).toEqual([
      "countyCode: SCB code 2184 lies in county 21, not 22",
    ]);
  });

  it("forbids an SCB code for other kinds and checks their county", () => {
    const name = { sv: "X", en: "X" };
    expect(issues({ slug: "eso", name, kind: "agency", scbCode: "2184" })).toEqual([
      "scbCode: Only municipalities and regions have an SCB code; refer to others by slug",
    ]);
    expect(issues({ slug: "x", name, kind: "association", countyCode: "02" })).toEqual([
      "countyCode: No Swedish county has the code 02",
    ]);
    expect(issues({ slug: "x", name, kind: "other", parent: { slug: "x" } })).toEqual([
      "parent: An organisation cannot be its own parent",
    ]);
    expect(issues({ slug: "x", name, kind: "charity" })).toHaveLength(1);
  });
});

describe("organisationRefSchema", () => {
  it("takes a known SCB code (4 or 2 digits) or a slug", () => {
    expect(organisationRefSchema.safeParse({ scbCode: "2184" }).success).toBe(true);
    expect(organisationRefSchema.safeParse({ scbCode: "10" }).success).toBe(true);
    expect(organisationRefSchema.safeParse({ slug: "eso" }).success).toBe(true);
    expect(organisationRefSchema.safeParse({ scbCode: "0000" }).success).toBe(false);
    expect(organisationRefSchema.safeParse({ scbCode: "123" }).success).toBe(false);
    expect(organisationRefSchema.safeParse({ scbCode: "2184", slug: "x" }).success).toBe(false);
  });

  it("has a stable key", () => {
    expect(organisationRefKey({ scbCode: "2184" })).toBe("scb:2184");
    expect(organisationRefKey({ slug: "eso" })).toBe("slug:eso");
  });
});

describe("reference organisations", () => {
  it("names municipalities as organisations in proper Swedish", () => {
    const name = (code: string) => municipalityOrganisationName(findMunicipality(code)!).sv;
    expect(name("2184")).toBe("Hudiksvalls kommun");
    expect(name("1080")).toBe("Karlskrona kommun");
    expect(name("1880")).toBe("Örebro kommun");
    expect(name("1490")).toBe("Borås kommun");
    expect(name("2080")).toBe("Falu kommun");
    expect(name("0980")).toBe("Gotlands kommun");
    expect(municipalityOrganisationName(findMunicipality("0581")!).en).toBe("Norrköping Municipality");
  });

  it("builds 311 valid organisations with unique slugs", () => {
    const organisations = referenceOrganisations();
    expect(organisations).toHaveLength(311);
    for (const organisation of organisations) organisationSchema.parse(organisation);
    expect(new Set(organisations.map((organisation) => organisation.slug)).size).toBe(311);
    expect(regionOrganisation(findCounty("21")!).slug).toBe("region-gavleborg");
    expect(municipalityOrganisation(findMunicipality("2380")!).slug).toBe("ostersund-kommun");
    expect(municipalityOrganisation(findMunicipality("0305")!).slug).toBe("habo-kommun-0305");
    expect(municipalityOrganisation(findMunicipality("0643")!).slug).toBe("habo-kommun-0643");
  });

  it("resolves references by SCB code and by slug", () => {
    const eso = { slug: "eso", name: { sv: "ESO", en: "ESO" }, kind: "agency" as const };
    expect(resolveOrganisationRef({ scbCode: "2281" })?.name.sv).toBe("Sundsvalls kommun");
    expect(resolveOrganisationRef({ scbCode: "10" })?.name.sv).toBe("Region Blekinge");
    expect(resolveOrganisationRef({ slug: "eso" }, [eso])).toBe(eso);
    expect(resolveOrganisationRef({ slug: "region-blekinge" })?.scbCode).toBe("10");
    expect(resolveOrganisationRef({ slug: "nobody" }, [eso])).toBeUndefined();
  });
});
