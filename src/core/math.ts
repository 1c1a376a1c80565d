/**
 * Stable numerical helpers shared by the activation declarations.
 *
 * Every helper here is accurate to a few units in the last place over the whole double range,
 * including ±Infinity and NaN, so that the activations built on them meet the 1e-13 bar.
 */
import erfcStdlib from '@stdlib/math-base-special-erfc';
import { erfcx } from './erfcx.js';
import { exp } from './exp.js';

export const erfc: (x: number) => number = erfcStdlib;

/** 2^27 + 1: Dekker's splitting constant for double-double products. */
const SPLITTER = 134217729;

/** Beyond 2^996 SPLITTER·a overflows: such a factor gives 2^128 to the other one first. */
const SPLIT_LIMIT = 2 ** 996;

/** Above this a product's exact error cannot be had from the split without overflow. */
const NEAR_OVERFLOW = 2 ** 1000;

/** Low half of a·b: a·b = fl(a·b) + twoProductError(a, b, fl(a·b)) exactly (Dekker). */
export function twoProductError(a: number, b: number, p: number): number {
  // a product near the largest double: the split's partial products would overflow, so the
  // product and its error are scaled by 2^-64 (exactly) and the error scaled back
  if (Math.abs(p) > NEAR_OVERFLOW && Number.isFinite(p)) return twoProductError(a * 2 ** -64, b, p * 2 ** -64) * 2 ** 64;
  if (Math.abs(a) > SPLIT_LIMIT || Math.abs(b) > SPLIT_LIMIT) return scaledProductError(a, b, p);
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * twoProductError with a factor beyond the split's range (β = 1e300 in swish, or x = -1.28e300
 * with β = 1e-300): 2^128 moves from the large factor to the other, which leaves the product and
 * its rounding error exactly as they were. 0 where the product overflows anyway.
 */
function scaledProductError(a: number, b: number, p: number): number {
  const [big, small] = Math.abs(a) > SPLIT_LIMIT ? [a, b] : [b, a];
  const down = big * 2 ** -128;
  const up = small * 2 ** 128;
  if (!Number.isFinite(p) || Math.abs(up) > SPLIT_LIMIT) return 0;
  return twoProductError(down, up, p);
}

/** twoProductError(a, a, p), splitting a once: the same exact low half of a². */
export function twoSquareError(a: number, p: number): number {
  const t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  return ((ah * ah - p) + 2 * ah * al) + al * al;
}

/**
 * The low part of a·b (high part p = fl(a·b)) where it moves e^p by more than 1.8e-15, relatively:
 * for -746 < p < -16. Above -16 half an ulp of p is under 1.8e-15 (and for p > 0 the functions
 * that ask take e^-p, whose change is smaller still); below -746 e^p underflows. 0 elsewhere.
 */
export function productLowForExp(a: number, b: number, p: number): number {
  return p < -16 && p > -746 ? twoProductError(a, b, p) : 0;
}

/**
 * The low part of a/b (high part q = fl(a/b)): a = q·b + r exactly, and the low part is r/b. Only
 * where it moves e^q by more than 1.8e-15, as productLowForExp; 0 elsewhere and for b = 1.
 */
export function quotientLowForExp(a: number, b: number, q: number): number {
  if (b === 1 || !(q < -16 && q > -746)) return 0;
  const p = q * b;
  return (a - p - twoProductError(q, b, p)) / b;
}

/** σ(hi + lo) for a double-double argument: σ(hi) moved by lo·σ'(hi) = lo·σ(1 - σ). */
export function sigmoidOfSum(hi: number, lo: number): number {
  const s = sigmoid(hi);
  return s + s * (lo * (1 - s));
}

/**
 * A derivative near one of its roots r, where its formula is a sum of terms that cancel (swish',
 * gelu', mish': the relative error grows without bound as x nears r). `hi + lo` is r as a
 * double-double and `c` the Taylor series there, f'(r + h) = c[0]·h + c[1]·h² + ..., used for
 * |h| < window; scripts/make_roots.py writes these with mpmath.
 */
export interface RootSeries {
  readonly hi: number;
  readonly lo: number;
  readonly window: number;
  readonly c: readonly number[];
}

/** Whether x is in the series' window around the root (false for NaN). */
export function nearRoot(s: RootSeries, x: number): boolean {
  const offset = x - s.hi;
  return offset < s.window && offset > -s.window;
}

/**
 * The series at h = x - r, for x near the root. There x - hi is exact (Sterbenz: x and hi are
 * within a factor of two), so h = (x - hi) - lo keeps full relative accuracy. `xLo` is the low part
 * of an x that is itself a double-double (swish's βx), 0 otherwise.
 */
export function rootSeries(s: RootSeries, x: number, xLo: number): number {
  const h = (x - s.hi) + (xLo - s.lo);
  const c = s.c;
  let y = c[c.length - 1];
  for (let k = c.length - 2; k >= 0; k--) y = y * h + c[k];
  return y * h;
}

/** Below this, e^t is subnormal (or 0) and has lost digits. */
export const EXP_SUBNORMAL = -708;

/**
 * c·e^t where e^t alone is subnormal or 0 but the product need not be (elu' with alpha = 1e300
 * at x = -746 is 1.04e-24): as (c·e^(t/2))·e^(t/2), whose factors stay normal.
 */
export function timesExp(c: number, t: number): number {
  if (!(t < EXP_SUBNORMAL)) return c * exp(t);
  const h = exp(t / 2);
  return (c * h) * h;
}

/** Logistic sigmoid 1/(1+e^-x), through exp(-|x|) so that nothing overflows or cancels. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

/**
 * tanh(x) = ±(1 - 2e/(1 + e)) with e = e^(-2|x|), through act's exp: half the time of Math.tanh,
 * and within 1.3 ulp where Math.tanh (fdlibm's, from expm1) is off by up to 1.6. Below |x| = 0.55
 * (e > 1/3), where the difference would start to cancel, it is Math.tanh.
 */
export function tanh(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 0.55)) return Math.tanh(x); // NaN too
  const e = exp(-2 * a);
  const t = 1 - (2 * e) / (1 + e);
  return x < 0 ? -t : t;
}

/** σ(x)·σ(-x) = σ'(x), written as e/(1+e)² with e = exp(-|x|) rather than s(1-s), which cancels. */
export function sigmoidDerivative(x: number): number {
  const e = exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/** log(1+e^x) = max(x,0) + log1p(e^-|x|): exact in both tails. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(exp(-Math.abs(x)));
}

/**
 * softplus(hi + lo) for a double-double argument (lo the rounding of βx): softplus(hi) + lo·σ(hi),
 * with σ from the same e = e^(-|hi|). lo = 0 is plain softplus.
 */
export function softplusOfSum(hi: number, lo: number): number {
  const e = exp(-Math.abs(hi));
  const sp = Math.max(hi, 0) + Math.log1p(e);
  return lo === 0 ? sp : sp + (lo * (hi >= 0 ? 1 : e)) / (1 + e);
}

/** sech²(x) = 4e/(1+e)² with e = exp(-2|x|); 1 - tanh² loses everything once tanh rounds to ±1. */
export function sech2(x: number): number {
  const e = exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** exp(-x²), with x² carried in double-double so that large |x| keeps full relative accuracy. */
export function expNegSquare(x: number): number {
  const hi = x * x;
  if (hi > 746) return 0; // underflows whatever the low part is (and keeps Infinity out of the product error)
  const lo = twoSquareError(x, hi);
  return exp(-hi) * (1 - lo);
}

export const INV_SQRT_2PI = 0.3989422804014327;

/** e^(-x²/2), with x² in double-double as in expNegSquare. */
export function expNegHalfSquare(x: number): number {
  const hi = x * x;
  if (hi > 1492) return 0;
  const lo = twoSquareError(x, hi);
  return exp(-hi / 2) * (1 - lo / 2);
}

/** Standard normal density φ(x) = e^(-x²/2)/√(2π). */
export function normalPdf(x: number): number {
  return expNegHalfSquare(x) * INV_SQRT_2PI;
}

/** 1/√2, rounded. */
export const SQRT1_2 = 0.7071067811865476;

/**
 * Standard normal CDF Φ(x) = erfc(-x/√2)/2, from the tail Φ(-|x|) = e^(-x²/2)·erfcx(|x|/√2)/2
 * (normalTail) everywhere: e^(-x²/2) is taken exactly from x, so that the rounding of x/√2 is not
 * amplified by erfc's condition number (about x²), and erfcx varies slowly. One short path, which
 * V8 inlines whole into a kernel's loop (a call that is not inlined costs a heap number for
 * every double it returns).
 */
export function normalCdf(x: number): number {
  if (!(x < PHI_IS_ONE)) return x === x ? 1 : NaN;
  const tail = normalTail(expNegHalfSquare(x), (x < 0 ? -x : x) * SQRT1_2);
  return x < 0 ? tail : 1 - tail;
}

/**
 * Φ(-|x|) = erfc(ax)/2 = e^(-x²/2)·erfcx(ax)/2, given e^(-x²/2) (which gelu' shares with φ) and
 * ax = |x|/√2. Beyond ax = 40, e^(-x²/2) has long underflowed: 0.
 */
export function normalTail(expNegHalfX2: number, ax: number): number {
  return ax < 40 ? (expNegHalfX2 * erfcx(ax)) / 2 : 0;
}

/** Above this Φ(x) rounds to 1: 1 - Φ(-8.3) = 1 - 5.2e-17 is nearer 1 than 1 - 2^-53. */
const PHI_IS_ONE = 8.3;

// Taylor coefficients of x - tanh(x) = Σ c_k x^(2k+1), k = 1…14 (from the Bernoulli numbers).
const TANHSHRINK_SERIES = [
  0.3333333333333333, -0.13333333333333333, 0.05396825396825397, -0.021869488536155203,
  0.008863235529902197, -0.003592128036572481, 0.0014558343870513183, -0.000590027440945586,
  0.00023912911424355248, -9.691537956929451e-5, 3.927832388331683e-5, -1.5918905069328964e-5,
  6.451689215655431e-6, -2.6147711512907546e-6,
];

/** x - tanh(x) without cancellation near 0: a series below |x| = 0.3, the difference above. */
export function xMinusTanh(x: number): number {
  if (!(Math.abs(x) < 0.3)) return x - tanh(x);
  const x2 = x * x;
  let sum = 0;
  for (let k = TANHSHRINK_SERIES.length - 1; k >= 0; k--) sum = sum * x2 + TANHSHRINK_SERIES[k];
  return sum * x2 * x;
}
