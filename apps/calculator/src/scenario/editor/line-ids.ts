/** A new id for a cost line or outcome that no other line of the same list uses (ids must be unique). */
export function unusedId(prefix: string, lines: readonly { id: string }[]): string {
  const taken = new Set(lines.map((line) => line.id));
  let number = lines.length + 1;
  while (taken.has(`${prefix}${number}`)) number++;
  return `${prefix}${number}`;
}
