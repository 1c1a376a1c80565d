/**
 * The float32 functions of PyTorch's vectorised CPU kernels that act reproduces step by step:
 * Vectorized<float>::exp() is SLEEF's Sleef_expf8_u10 (ATen/cpu/vec/vec256/vec256_float.h),
 * whose last bit often differs from the correctly rounded exp; tanh() is Sleef_tanhf8_u10, which
 * returns ±1 from |x| > 8.664339742 on, where tanh(x) still rounds to 1 - 2^-24 up to 9.01 (so
 * PyTorch's tanh' is exactly 0 from 8.67, not 9.02); log1p() is Sleef_log1pf8_u10, which
 * rounds a subnormal argument to an even multiple of 2^-149 (mish' is 0 from -102.875 for it)
 * and returns +∞ for an argument above 1e38 (softplus is ∞ from x = 87.5, where log(1 + e^x) is 87.5).
 * Apart from those edges tanh, log1p and log are taken correctly rounded: SLEEF's are within
 * 1 ulp of that.
 */
const f = Math.fround;

/**
 * fmaf: a·b + c rounded to float. a·b of two floats is exact in a double, so only the sum is
 * rounded, to double and then to float; a true fmaf rounds once, which differs only for a sum
 * within 2^-29 (relative) of a halfway point between floats.
 */
export const fmaf = (a: number, b: number, c: number): number => f(a * b + c);

const R_LN2F = f(1.442695040888963407359924681001892137426645954152985934135449406931);
const L2UF = f(0.693145751953125);
const L2LF = f(1.428606765330187045e-6);
const EXP_POLY = [0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359, 0.0416664853692054748535156, 0.166666671633720397949219, 0.5].map(f);

/** SLEEF's xexpf (u10), AVX2 build (vmla is a fused multiply-add). */
export function sleefExpf(d: number): number {
  if (d !== d) return NaN;
  if (d < -104) return 0;
  if (d > 100) return Infinity;
  // vrint: round to nearest even
  const t = f(d * R_LN2F);
  let q = Math.round(t);
  if (Math.abs(t - Math.trunc(t)) === 0.5) q = 2 * Math.round(t / 2);
  let s = fmaf(q, -L2UF, d);
  s = fmaf(q, -L2LF, s);
  let u = EXP_POLY[0];
  for (let i = 1; i < EXP_POLY.length; i++) u = fmaf(u, s, EXP_POLY[i]);
  u = f(1 + fmaf(f(s * s), u, s));
  // vldexp2: u·2^(q>>1)·2^(q - (q>>1)), each product rounded
  const h = q >> 1;
  return f(f(u * 2 ** h) * 2 ** (q - h));
}

const SUBNORMAL = 2 ** -126;
const TWO_UNITS = 2 ** -148;

/** round half to even, as the FPU rounds */
function roundEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Above this SLEEF's log1pf gives +∞ (`vgt(a, 1e+38) ? INFINITYf`), though log1p(a) is about 87.5. */
const LOG1P_INFINITE_ABOVE = f(1e38);

/**
 * SLEEF's xlog1pf (u10): log1p correctly rounded, but a subnormal argument comes back rounded to
 * an even multiple of the smallest subnormal (log1p(2^-149) = 0, log1p(3·2^-149) = 4·2^-149), and
 * an argument above 1e38 gives +∞, as measured on torch.log1p.
 */
export const sleefLog1pf = (a: number): number => {
  if (a > LOG1P_INFINITE_ABOVE) return Infinity;
  return Math.abs(a) < SUBNORMAL ? TWO_UNITS * roundEven(a / TWO_UNITS) : f(Math.log1p(a));
};

const TANH_ONE_FROM = f(8.664339742);

/** SLEEF's xtanhf (u10): correctly rounded (within its 1 ulp) but ±1 from |x| > 8.664339742. */
export const sleefTanhf = (x: number): number => (Math.abs(x) > TANH_ONE_FROM ? Math.sign(x) : f(Math.tanh(x)));
