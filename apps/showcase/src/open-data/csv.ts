// RFC 4180 CSV, as spreadsheet programs and CSV libraries read it.

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe, so that opening the file never runs anything. Numbers are written as numbers.
 */
function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
    columns.map((column) => quoted(column.header)).join(","),
    ...rows.map((row) => columns.map((column) => quoted(cellText(column.value(row)))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
