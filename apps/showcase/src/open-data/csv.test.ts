import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("CSV", () => {
  const columns = [
    { header: "name", value: (row: { name: string; level: number | null }) => row.name },
    { header: "level", value: (row: { name: string; level: number | null }) => row.level },
  ];

  it("quotes what needs quoting and ends lines with CRLF after a byte order mark", () => {
    expect(toCsv(columns, [{ name: 'Läs "på" recept, Gävle', level: null }])).toBe(
      '\uFEFFname,level\r\n"Läs ""på"" recept, Gävle",\r\n',
    );
  });

  it("keeps numbers as numbers but defuses text a spreadsheet would run as a formula", () => {
    expect(toCsv(columns, [{ name: "=HYPERLINK(1)", level: -1 }])).toBe(
      "\uFEFFname,level\r\n'=HYPERLINK(1),-1\r\n",
    );
  });
});
