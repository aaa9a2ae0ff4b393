import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

interface Row {
  name: string;
  level: number | null;
}

const columns = [
  { header: "name", value: (row: Row) => row.name },
  { header: "level", value: (row: Row) => row.level },
];

/** The text cell of a one-row document. */
function nameCell(name: string): string {
  const document = toCsv(columns, [{ name, level: 1 }]);
  return document.slice(document.indexOf("\r\n") + 2).replace(/,1\r\n$/, "");
}

/** How a spreadsheet that splits on `separator` and ignores quotes would cut the row into cells. */
function cellsSplitOn(separator: string, line: string): string[] {
  return line.split(separator).map((cell) => cell.replace(/^"/, "").trimStart());
}

describe("CSV", () => {
  it("quotes every text, doubles quotes and ends lines with CRLF after a byte order mark", () => {
    expect(toCsv(columns, [{ name: 'Läs "på" recept, Gävle', level: null }])).toBe(
      '\uFEFF"name","level"\r\n"Läs ""på"" recept, Gävle",\r\n',
    );
  });

  it("keeps numbers as numbers", () => {
    expect(toCsv(columns, [{ name: "Skolfam", level: -1 }])).toBe('\uFEFF"name","level"\r\n"Skolfam",-1\r\n');
  });

  it.each([
    ["=HYPERLINK(1)", `"'=HYPERLINK(1)"`],
    ["+1+1", `"'+1+1"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["  =1+1", `"  '=1+1"`],
    ["a;=HYPERLINK(1)", `"a;'=HYPERLINK(1)"`],
    ["a; @SUM(A1)", `"a; '@SUM(A1)"`],
    ["a,+1", `"a,'+1"`],
    ["a\t-1", `"a\t'-1"`],
    ["första raden\n=1+1", `"första raden\n'=1+1"`],
    ["a\r\n@x", `"a\r\n'@x"`],
  ])("defuses a formula a spreadsheet could find in %j", (text, expected) => {
    expect(nameCell(text)).toBe(expected);
  });

  it("leaves formula characters inside words and after other characters alone", () => {
    expect(nameCell("Barn 6-12 år, e-post info@kommun.se, 1+1")).toBe(
      '"Barn 6-12 år, e-post info@kommun.se, 1+1"',
    );
  });

  it("gives no cell that starts with a formula character, whether split on commas, semicolons or tabs", () => {
    const texts = ['x";=1+1', "a;b;=c", "=1", "x,\t+y", 'q"";@a', "\n-1"];
    const line = toCsv(
      columns,
      texts.map((name) => ({ name, level: 2 })),
    ).replace(/^\uFEFF/, "");
    for (const separator of [",", ";", "\t", "\r\n", "\n"]) {
      for (const cell of cellsSplitOn(separator, line))
        expect(cell, `split on ${JSON.stringify(separator)}`).not.toMatch(/^[=+\-@]/);
    }
  });
});
