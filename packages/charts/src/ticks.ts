// Axis ticks: round numbers ("nice" steps of 1, 2, 2.5 or 5 × 10^k) that span the data, and labels that are never
// drawn twice. A chart's axis used to be min, 0 and max: "0 mnkr" twice when a bound rounded to zero.

/** The step between about `count` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes the float noise of k × step (0.30000000000000004) and the sign of −0. */
function clean(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return rounded === 0 ? 0 : rounded;
}

export interface Ticks {
  /** The axis's ends: the outer ticks, so that the data lies within them. */
  min: number;
  max: number;
  /** Ascending and distinct; 0 is among them whenever the range crosses or touches it. */
  values: number[];
}

/** About `count` round ticks covering `min`..`max` (in either order). An empty range gets a span of its own. */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, values: [0, 1] };
  if (low === high) {
    const half = low === 0 ? 1 : Math.abs(low) / 2;
    low -= half;
    high += half;
  }
  const step = niceStep(high - low, count);
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const values: number[] = [];
  for (let k = first; k <= last; k++) {
    const value = clean(k * step);
    // At the limits of float precision two multiples can round to one value.
    if (values.at(-1) !== value) values.push(value);
  }
  return { min: values[0] ?? low, max: values.at(-1) ?? high, values };
}

/**
 * Ticks whose formatted labels are all different: fewer and coarser ticks until no two labels read the same (a
 * money format rounding 100 000 and 0 both to "0 mnkr"), and as a last resort only the first of equal labels.
 */
export function axisTicks(values: readonly number[], format: (value: number) => string, options: { count?: number; includeZero?: boolean } = {}) {
  const { count = 5, includeZero = true } = options;
  const finite = values.filter(Number.isFinite);
  const low = Math.min(...(includeZero ? [0] : []), ...finite);
  const high = Math.max(...(includeZero ? [0] : []), ...finite);
  const [min, max] = Number.isFinite(low) ? [low, high] : [0, 0];
  for (let wanted = count; wanted >= 1; wanted--) {
    const ticks = niceTicks(min, max, wanted);
    const labelled = ticks.values.map((value) => ({ value, label: format(value) }));
    if (new Set(labelled.map(({ label }) => label)).size === labelled.length) return { ...ticks, ticks: labelled };
  }
  const ticks = niceTicks(min, max, 1);
  const seen = new Set<string>();
  const unique = ticks.values.map((value) => ({ value, label: format(value) })).filter(({ label }) => !seen.has(label) && Boolean(seen.add(label)));
  return { ...ticks, ticks: unique };
}

/** Maps a value in `min`..`max` onto `from`..`to` (pixels, or per cent of a track). */
export function scaleLinear(min: number, max: number, from: number, to: number) {
  const span = max - min || 1;
  return (value: number) => from + ((value - min) / span) * (to - from);
}
