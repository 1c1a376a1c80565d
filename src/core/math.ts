/**
 * Stable numerical helpers shared by the activation declarations.
 *
 * Every helper here is accurate to a few units in the last place over the whole double range,
 * including ±Infinity and NaN, so that the activations built on them meet the 1e-13 bar.
 */
import erfcStdlib from '@stdlib/math-base-special-erfc';

export const erfc: (x: number) => number = erfcStdlib;

/** 2^27 + 1: Dekker's splitting constant for double-double products. */
const SPLITTER = 134217729;

/** Low half of a·b: a·b = fl(a·b) + twoProductError(a, b, fl(a·b)) exactly (Dekker). */
export function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** Logistic sigmoid 1/(1+e^-x), through exp(-|x|) so that nothing overflows or cancels. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ(x)·σ(-x) = σ'(x), written as e/(1+e)² with e = exp(-|x|) rather than s(1-s), which cancels. */
export function sigmoidDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/** log(1+e^x) = max(x,0) + log1p(e^-|x|): exact in both tails. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** sech²(x) = 4e/(1+e)² with e = exp(-2|x|); 1 - tanh² loses everything once tanh rounds to ±1. */
export function sech2(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** exp(-x²), with x² carried in double-double so that large |x| keeps full relative accuracy. */
export function expNegSquare(x: number): number {
  const hi = x * x;
  if (hi > 746) return 0; // underflows whatever the low part is (and keeps Infinity out of the product error)
  const lo = twoProductError(x, x, hi);
  return Math.exp(-hi) * (1 - lo);
}

const INV_SQRT_2PI = 0.3989422804014327;

/** Standard normal density φ(x) = exp(-x²/2)/√(2π); x² in double-double, as in expNegSquare. */
export function normalPdf(x: number): number {
  const hi = x * x;
  if (hi > 1492) return 0;
  const lo = twoProductError(x, x, hi);
  return Math.exp(-hi / 2) * (1 - lo / 2) * INV_SQRT_2PI;
}

// 1/√2 as a double-double: SQRT1_2_HI + SQRT1_2_LO.
const SQRT1_2_HI = 0.7071067811865476;
const SQRT1_2_LO = -4.833646656726457e-17;
const TWO_OVER_SQRT_PI = 1.1283791670955126;

/**
 * Standard normal CDF Φ(x) = erfc(-x/√2)/2.
 * For x < 0 the rounding of x/√2 is amplified by erfc's condition number (about x²), so the
 * argument's low part δ is carried and erfc(u+δ) ≈ erfc(u) - δ·(2/√π)·e^(-u²) is applied.
 */
export function normalCdf(x: number): number {
  if (x >= -1) return erfc(-x * SQRT1_2_HI) / 2;
  const u = -x * SQRT1_2_HI; // > 0
  const delta = -twoProductError(x, SQRT1_2_HI, -u) - x * SQRT1_2_LO;
  const base = erfc(u);
  if (base === 0) return 0;
  return (base - delta * TWO_OVER_SQRT_PI * Math.exp(-u * u)) / 2;
}

// Taylor coefficients of x - tanh(x) = Σ c_k x^(2k+1), k = 1…14 (from the Bernoulli numbers).
const TANHSHRINK_SERIES = [
  0.3333333333333333, -0.13333333333333333, 0.05396825396825397, -0.021869488536155203,
  0.008863235529902197, -0.003592128036572481, 0.0014558343870513183, -0.000590027440945586,
  0.00023912911424355248, -9.691537956929451e-5, 3.927832388331683e-5, -1.5918905069328964e-5,
  6.451689215655431e-6, -2.6147711512907546e-6,
];

/** x - tanh(x) without cancellation near 0: a series below |x| = 0.3, the difference above. */
export function xMinusTanh(x: number): number {
  if (!(Math.abs(x) < 0.3)) return x - Math.tanh(x);
  const x2 = x * x;
  let sum = 0;
  for (let k = TANHSHRINK_SERIES.length - 1; k >= 0; k--) sum = sum * x2 + TANHSHRINK_SERIES[k];
  return sum * x2 * x;
}
