// Test support: the cells behind a workbook's defined names and what a spreadsheet computed in them, as ExcelJS
// reads a recalculated workbook back. Used by the recalculation tests.
import type ExcelJS from "exceljs";

/** The cells a defined name points at, in a workbook read back by ExcelJS. */
export function namedCells(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell[] {
  const { ranges } = workbook.definedNames.getRanges(name);
  if (ranges.length === 0) throw new Error(`The workbook has no name ${name}`);
  return ranges.flatMap((range: string) => {
    const [sheetPart, address] = range.split("!") as [string, string];
    const sheet = workbook.getWorksheet(sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'"));
    if (!sheet) throw new Error(`No sheet for ${range}`);
    const [from, to = from] = address.replace(/\$/g, "").split(":") as [string, string?];
    const start = sheet.getCell(from);
    const end = sheet.getCell(to);
    const cells: ExcelJS.Cell[] = [];
    for (let row = Number(start.row); row <= Number(end.row); row++) {
      for (let col = Number(start.col); col <= Number(end.col); col++) cells.push(sheet.getCell(row, col));
    }
    return cells;
  });
}

/** What a formula cell computed: a number, or `notDefined` for the key figures the engine gives as null. */
export function computedCell(cell: ExcelJS.Cell): number | string {
  const value = cell.value;
  if (value !== null && typeof value === "object" && "formula" in value) {
    // Not `value.result`: ExcelJS leaves a result of 0 out of the value object.
    const result = cell.result;
    if (typeof result === "number" || typeof result === "string") return result;
    throw new Error(`${cell.address} on ${cell.worksheet.name} holds ${JSON.stringify(value)}, not a computed value`);
  }
  if (typeof value === "number") return value;
  throw new Error(`${cell.address} on ${cell.worksheet.name} holds ${JSON.stringify(value)}, not a formula`);
}
