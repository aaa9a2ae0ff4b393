// RFC 4180 CSV, as spreadsheet programs and CSV libraries read it.

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A formula character (= + - @) where a spreadsheet could start a cell: at the start of the text, or after a
 * character some program splits cells or rows on. Swedish Excel splits on semicolons rather than commas, and
 * then also takes a comma or a quote inside the text as ordinary characters, so a quoted "a;=HYPERLINK(…)" is
 * two cells there, the second one a formula. Spaces before the character do not make it safe.
 */
const formulaStart = /(^|[,;\t\r\n])(\s*)([=+\-@])/g;

/**
 * Text is always quoted, and every formula character that could start a cell gets an apostrophe before it, so
 * that opening the file never runs anything, whichever separator the program splits on. Numbers are written as
 * numbers.
 */
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  return `"${value.replace(formulaStart, "$1$2'$3").replaceAll('"', '""')}"`;
}

/**
 * A CSV document with a header row, CRLF line ends and a UTF-8 byte order mark (without it, Excel reads
 * å, ä and ö wrongly).
 */
export function toCsv<Row>(
  columns: readonly { header: string; value: (row: Row) => CsvCell }[],
  rows: readonly Row[],
) {
  const lines = [
    columns.map((column) => cell(column.header)).join(","),
    ...rows.map((row) => columns.map((column) => cell(column.value(row))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
