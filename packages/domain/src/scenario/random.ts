// Seeded random draws for the simulation. Reproducible everywhere: the generator is 32-bit integer arithmetic,
// and the samplers use only + − × ÷, Math.sqrt (correctly rounded in every engine) and the logarithm below,
// never Math.log/exp/cos, whose last bit may differ between JavaScript engines.
import type { Distribution, FieldLimits } from "./schema.ts";

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;

/**
 * Natural logarithm of a positive finite number from arithmetic alone: x = m·2^e with m in [√½, √2), then
 * ln m = 2 atanh(f), f = (m − 1)/(m + 1), by its series (|f| ≤ 0.172, so twelve terms reach double precision).
 */
export function portableLog(x: number): number {
  // The range reduction below would never end at 0 or Infinity.
  if (!(x > 0 && x < Infinity)) return x === 0 ? -Infinity : x === Infinity ? Infinity : Number.NaN;
  let e = 0;
  while (x >= 1.4142135623730951) {
    x *= 0.5;
    e++;
  }
  while (x < 0.7071067811865476) {
    x *= 2;
    e--;
  }
  const f = (x - 1) / (x + 1);
  const s = f * f;
  // Σ s^k / (2k + 1) for k = 0 … 11, evaluated by Estrin's scheme (shorter dependency chains than Horner's).
  const s2 = s * s;
  const s4 = s2 * s2;
  const series =
    1 +
    s / 3 +
    s2 * (1 / 5 + s / 7) +
    s4 * (1 / 9 + s / 11 + s2 * (1 / 13 + s / 15)) +
    s4 * s4 * (1 / 17 + s / 19 + s2 * (1 / 21 + s / 23));
  return e * LN2_HI + (2 * f * series + e * LN2_LO);
}

function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast counting generator), its four words seeded by splitmix32 (a golden-ratio
 * counter through MurmurHash3's finaliser), the third word also mixed with the seed's high 32 bits.
 */
export class SeededRandom {
  // Typed arrays keep the 32-bit state and the spare normal unboxed; as object fields, int32 values beyond the
  // small-integer range would be reallocated on every draw.
  private readonly state = new Int32Array(4);
  private readonly spare = new Float64Array(1);
  private hasSpareNormal = false;

  /** Any safe integer; the high and low 32 bits both count. */
  constructor(seed: number) {
    let mix = seed | 0;
    const high = Math.floor(seed / 4294967296) | 0;
    for (let i = 0; i < 4; i++) {
      const [next, output] = splitmix32(mix);
      mix = next;
      this.state[i] = i === 2 ? output ^ high : output;
    }
    // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const s = this.state;
    const a = s[0] as number;
    const b = s[1] as number;
    const c = s[2] as number;
    const d = s[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t >>> 0;
  }

  /** Uniform on the open interval (0, 1): never 0, so its logarithm is always finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** Standard normal by Marsaglia's polar method; the second value of each pair is kept for the next call. */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spare[0] as number;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const m = Math.sqrt((-2 * portableLog(s)) / s);
      this.spare[0] = v * m;
      this.hasSpareNormal = true;
      return u * m;
    }
  }

  /** Gamma(shape, 1) for shape ≥ 1 by Marsaglia and Tsang (2000). */
  gamma(shape: number): number {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (portableLog(u) < 0.5 * x2 + d * (1 - v + portableLog(v))) return d * v;
    }
  }
}

/**
 * Fills `out` with independent draws of a distribution. A normal is truncated at its min/max, or at the field's
 * limits where it has none (docs/calculation.md: "draws outside min/max are redrawn").
 */
export function fillDraws(
  distribution: Distribution,
  limits: FieldLimits,
  random: SeededRandom,
  out: Float64Array,
): void {
  const n = out.length;
  switch (distribution.dist) {
    case "uniform": {
      const { min } = distribution;
      const width = distribution.max - min;
      for (let i = 0; i < n; i++) out[i] = min + width * random.uniform();
      return;
    }
    case "triangular": {
      const { min, mode, max } = distribution;
      const width = max - min;
      if (width === 0) {
        out.fill(mode);
        return;
      }
      // Inverse of the triangular CDF.
      const split = (mode - min) / width;
      const left = width * (mode - min);
      const right = width * (max - mode);
      for (let i = 0; i < n; i++) {
        const u = random.uniform();
        out[i] = u < split ? min + Math.sqrt(u * left) : max - Math.sqrt((1 - u) * right);
      }
      return;
    }
    case "pert": {
      const { min, mode, max } = distribution;
      const width = max - min;
      if (width === 0) {
        out.fill(mode);
        return;
      }
      // The standard (λ = 4) PERT: a beta on [min, max], drawn as Ga/(Ga + Gb). Both shapes are ≥ 1.
      const alpha = 1 + (4 * (mode - min)) / width;
      const beta = 1 + (4 * (max - mode)) / width;
      for (let i = 0; i < n; i++) {
        const ga = random.gamma(alpha);
        const gb = random.gamma(beta);
        out[i] = min + (width * ga) / (ga + gb);
      }
      return;
    }
    case "normal": {
      const { mean, sd } = distribution;
      const lower = distribution.min ?? limits.lower;
      const upper = distribution.max ?? limits.upper;
      if (sd === 0 || lower === upper) {
        out.fill(mean);
        return;
      }
      const a = (lower - mean) / sd;
      const b = (upper - mean) / sd;
      if (a <= -2 || b >= 2) {
        // The interval holds the mean and reaches 2 sd on one side, so at least 47.7 % of draws are kept.
        for (let i = 0; i < n; i++) {
          let z = random.normal();
          while (z < a || z > b) z = random.normal();
          out[i] = mean + sd * z;
        }
      } else {
        // A narrow interval around the mean: redrawing would discard most draws. The same truncated normal comes
        // from a uniform proposal on [a, b] kept with probability exp(−z²/2) (Robert 1995), at least e^−2 here.
        const width = b - a;
        for (let i = 0; i < n; i++) {
          let z = a + width * random.uniform();
          while (portableLog(random.uniform()) > -0.5 * z * z) z = a + width * random.uniform();
          out[i] = mean + sd * z;
        }
      }
      return;
    }
  }
}
