/** A linear scale from a data range that always includes 0 (bars grow from the zero line) onto pixels. */
export function linearScale(values: readonly number[], from: number, to: number) {
  const finite = values.filter(Number.isFinite);
  let min = Math.min(0, ...finite);
  let max = Math.max(0, ...finite);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const at = (value: number) => from + ((value - min) / (max - min)) * (to - from);
  return { min, max, at };
}
