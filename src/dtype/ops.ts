/**
 * Arithmetic that rounds every result to a type: what one operation of a PyTorch kernel gives.
 * Each operation is computed in double and rounded once: for float32 the correctly rounded result
 * (PyTorch's SLEEF functions are within 1 ulp of it; exp and tanh are SLEEF's own, src/dtype/sleef.ts).
 */
import { ROUND, toFloat32 } from './rounding.js';
import { sleefExpf, sleefLog1pf, sleefTanhf } from './sleef.js';
import type { LowDType } from './types.js';

export interface Arith {
  add(a: number, b: number): number;
  sub(a: number, b: number): number;
  mul(a: number, b: number): number;
  div(a: number, b: number): number;
  /** a·b + c rounded once: GCC contracts a vector multiply feeding an add into an FMA (-ffp-contract=fast). */
  fma(a: number, b: number, c: number): number;
  neg(a: number): number;
  abs(a: number): number;
  /** vec::minimum/maximum: NaN if either is NaN. */
  min(a: number, b: number): number;
  max(a: number, b: number): number;
  exp(a: number): number;
  log1p(a: number): number;
  log(a: number): number;
  tanh(a: number): number;
}

export function arith(round: (v: number) => number): Arith {
  return {
    add: (a, b) => round(a + b),
    sub: (a, b) => round(a - b),
    mul: (a, b) => round(a * b),
    div: (a, b) => round(a / b),
    // a·b of two floats is exact in a double, so a·b + c is rounded twice only when c is far smaller
    fma: (a, b, c) => round(a * b + c),
    neg: (a) => -a,
    abs: (a) => Math.abs(a),
    min: (a, b) => Math.min(a, b),
    max: (a, b) => Math.max(a, b),
    exp: (a) => round(Math.exp(a)),
    log1p: (a) => round(Math.log1p(a)),
    log: (a) => round(Math.log(a)),
    tanh: (a) => round(Math.tanh(a)),
  };
}

/**
 * What a formula computes with, in one type:
 * - `k`, the arithmetic inside one kernel: float32 for every low type (PyTorch's CPU kernels
 *   convert bfloat16 to float, compute, and round once when they store; so do CUDA's for half);
 * - `out`, a kernel's result stored as a tensor of the type;
 * - `t`, tensor operations, each a kernel of its own (a composite function such as softsign,
 *   x / (|x| + 1), rounds to the type after each);
 * - `scalar`, a constant or Python number as a kernel takes it (Scalar.to<float>(), or the type's
 *   value in a kernel on Vectorized<BFloat16>).
 */
export interface Ops {
  readonly dtype: LowDType;
  readonly k: Arith;
  readonly t: Arith;
  readonly out: (v: number) => number;
  readonly scalar: (v: number) => number;
}

/** float32 inside a kernel, with SLEEF's exp and tanh, as Vectorized<float> computes them. */
const kernelArith: Arith = { ...arith(toFloat32), exp: sleefExpf, log1p: sleefLog1pf, tanh: sleefTanhf };
/** Each float32 operation's result rounded to the type: Vectorized<BFloat16>'s arithmetic in PyTorch 1.13. */
function roundedEach(a: Arith, out: (v: number) => number): Arith {
  const r = {} as Record<keyof Arith, (...v: number[]) => number>;
  for (const [name, op] of Object.entries(a) as [keyof Arith, (...v: number[]) => number][]) r[name] = (...v) => out(op(...v));
  // operations on a rounded type are calls, which the compiler does not fuse
  r.fma = (x, y, z) => out(a.add(out(a.mul(x, y)), z));
  return r as unknown as Arith;
}

const cache = new Map<string, Ops>();

/**
 * The arithmetic of a kernel in a type: in float32 with one rounding to the type when stored
 * (most kernels), or, with `perOp`, rounded to the type after every operation (1.13's kernels
 * written on Vectorized<BFloat16>, as tanh-GELU's and SiLU's backward).
 */
export function opsOf(dtype: LowDType, perOp = false): Ops {
  const key = `${dtype}${perOp ? '/op' : ''}`;
  let ops = cache.get(key);
  if (!ops) {
    const out = ROUND[dtype];
    const k = perOp && dtype !== 'float32' ? roundedEach(kernelArith, out) : kernelArith;
    // a kernel on Vectorized<BFloat16> holds its constants as the type too: Vec(scalar_t(0.044715))
    const scalar = perOp ? (v: number) => out(toFloat32(v)) : toFloat32;
    ops = { dtype, k, t: roundedEach(kernelArith, out), out, scalar };
    cache.set(key, ops);
  }
  return ops;
}
