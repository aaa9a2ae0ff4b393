import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  countySchema,
  findCounty,
  findMunicipality,
  municipalitiesInCounty,
  municipalitySchema,
  swedishCounties,
  swedishMunicipalities,
} from "./reference.ts";

describe("Swedish reference data", () => {
  it("has all 290 municipalities and 21 counties, well formed", () => {
    expect(swedishMunicipalities).toHaveLength(290);
    expect(swedishCounties).toHaveLength(21);
    for (const municipality of swedishMunicipalities) municipalitySchema.parse(municipality);
    for (const county of swedishCounties) countySchema.parse(county);
  });

  it("has unique codes and names", () => {
    expect(new Set(swedishMunicipalities.map((m) => m.code)).size).toBe(290);
    expect(new Set(swedishMunicipalities.map((m) => m.name)).size).toBe(290);
    expect(new Set(swedishCounties.map((c) => c.code)).size).toBe(21);
  });

  it("puts every municipality in an existing county, the one its code starts with", () => {
    for (const municipality of swedishMunicipalities) {
      expect(findCounty(municipality.countyCode), municipality.name).toBeDefined();
      expect(municipality.code.slice(0, 2)).toBe(municipality.countyCode);
    }
    for (const county of swedishCounties)
      expect(municipalitiesInCounty(county.code).length, county.countyName).toBeGreaterThan(0);
    const total = swedishCounties.reduce(
      (sum, county) => sum + municipalitiesInCounty(county.code).length,
      0,
    );
    expect(total).toBe(290);
  });

  it("finds the municipalities and regions of the seed content", () => {
    expect(findMunicipality("2184")?.name).toBe("Hudiksvall");
    expect(findMunicipality("2132")?.name).toBe("Nordanstig");
    expect(findMunicipality("1880")?.name).toBe("Örebro");
    expect(findMunicipality("0581")?.name).toBe("Norrköping");
    expect(findMunicipality("2380")?.name).toBe("Östersund");
    expect(findMunicipality("2281")?.name).toBe("Sundsvall");
    expect(findMunicipality("1060")?.name).toBe("Olofström");
    expect(findMunicipality("1080")?.name).toBe("Karlskrona");
    expect(findCounty("21")?.regionName).toBe("Region Gävleborg");
    expect(findCounty("10")?.regionName).toBe("Region Blekinge");
    expect(municipalitiesInCounty("21").map((m) => m.name)).toContain("Hudiksvall");
    expect(findMunicipality("9999")).toBeUndefined();
    expect(findCounty("02")).toBeUndefined();
    expect(municipalitiesInCounty("02")).toEqual([]);
  });

  // The generated file must match the CSV it came from (rerun scripts/generate-reference.ts after a change).
  const referenceDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../reference");
  it("matches the reference files it was generated from", () => {
    const rows = (file: string) =>
      readFileSync(resolve(referenceDir, file), "utf8")
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split(","));
    expect(
      rows("municipalities.csv").map(([code, name, countyCode]) => ({ code, name, countyCode })),
    ).toEqual(swedishMunicipalities);
    expect(
      rows("counties.csv").map(([code, countyName, regionName]) => ({ code, countyName, regionName })),
    ).toEqual(swedishCounties);
  });
});
