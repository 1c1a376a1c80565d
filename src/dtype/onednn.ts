/**
 * GELU (approximate='none') as PyTorch 1.13 computes it on the CPU for a contiguous tensor of more
 * than one float32 (or bfloat16, where the CPU has AVX-512): not ATen's erf kernel but oneDNN's
 * eltwise gelu_erf (aten/src/ATen/native/Activation.cpp use_mkldnn; oneDNN 2.6
 * jit_uni_eltwise_injector.cpp), which takes erf from Abramowitz and Stegun's 7.1.26,
 * erf(x) ≈ 1 - (a1·t + ... + a5·t^5)·e^(-x²), t = 1/(1 + p·x), good to 1.5e-7 absolutely: so
 * GELU's left tail, where f is far below 1e-7, is more than 1% off from x ≈ -4 on, and the
 * derivative's 0.5 + T rounds to 0.5 once T < 2^-25, making f' exactly 0 from x ≈ -6.16.
 * oneDNN's exp flushes results below the smallest normal float to 0. act runs oneDNN's steps
 * (its exp polynomial included) and gives torch's float32 values bit for bit at the fixture's points.
 */
import { fmaf } from './sleef.js';

const f = Math.fround;
const bits = (b: number): number => new Float32Array(new Uint32Array([b]).buffer)[0];
// oneDNN's table, as bit patterns: its 1/√π (0x3f106eba) is not the float nearest 1/√π
const ONE_OVER_SQRT_TWO = bits(0x3f3504f3);
const ONE_OVER_SQRT_PI = bits(0x3f106eba);
const P = bits(0x3ea7ba05);
const POLY = [0x3f87dc22, 0xbfba00e3, 0x3fb5f0e3, 0xbe91a98e, 0x3e827906].map(bits);
/** log(FLT_MIN) and log(FLT_MAX): below the first oneDNN's exp returns 0. */
const LN_FLT_MIN = bits(0xc2aeac50);
const LN_FLT_MAX = bits(0x42b17218);
const LOG2E = bits(0x3fb8aa3b);
const LN2 = bits(0x3f317218);
const EXP_POLY = [0x3c07cfce, 0x3d2b9d0d, 0x3e2aad40, 0x3efffee3, 0x3f7ffffb].map(bits);

/** exp_compute_vector_fwd: 2^n·p(r), r = x - n·ln 2, with a degree-5 polynomial; 0 below log(FLT_MIN). */
function onednnExp(x: number): number {
  if (x !== x) return NaN;
  if (x < LN_FLT_MIN) return 0;
  const c = Math.min(Math.max(x, LN_FLT_MIN), LN_FLT_MAX);
  const n = Math.floor(f(f(c * LOG2E) + 0.5));
  const r = fmaf(-n, LN2, c);
  let p = EXP_POLY[0];
  for (let i = 1; i < EXP_POLY.length; i++) p = fmaf(p, r, EXP_POLY[i]);
  p = fmaf(p, r, 1);
  // 2^(n-1)·2: 2^n itself is not a float at n = 128
  return f(f(p * 2 ** (n - 1)) * 2);
}

/** The polynomial r(t), t = 1/(p·|x| + 1). */
function erfPolynomial(ax: number): { t: number; r: number } {
  const t = f(1 / fmaf(P, ax, 1));
  let r = POLY[0];
  for (let i = 1; i < POLY.length; i++) r = fmaf(r, t, POLY[i]);
  return { t, r };
}

/** gelu_erf_compute_vector_fwd. */
export function onednnGelu(s: number): number {
  const x = f(s * ONE_OVER_SQRT_TWO);
  const negQ = -onednnExp(-f(x * x));
  const { t, r } = erfPolynomial(Math.abs(x));
  const erfAbs = fmaf(f(negQ * t), r, 1);
  const erf = x < 0 || Object.is(x, -0) ? -erfAbs : erfAbs;
  // GELU = S + S·erf, S = s/2
  const half = f(s * 0.5);
  return fmaf(erf, half, half);
}

/** gelu_erf_compute_vector_bwd: f'(s), which the backward multiplies by the incoming gradient. */
export function onednnGeluDerivative(s: number): number {
  const x = f(s * ONE_OVER_SQRT_TWO);
  const q = onednnExp(-f(x * x));
  const big = f(f(x * ONE_OVER_SQRT_PI) * q);
  const { t, r } = erfPolynomial(Math.abs(x));
  const erfAbs = fmaf(f(-q * t), r, 1);
  const erf = x < 0 || Object.is(x, -0) ? -erfAbs : erfAbs;
  // (T + 0.5) + 0.5·erf, a multiply and an add (oneDNN 2.6, as torch 1.13 links it, checked
  // against torch: equal at every point of the fixture)
  return f(f(big + 0.5) + f(erf * 0.5));
}
