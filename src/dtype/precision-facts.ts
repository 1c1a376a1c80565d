/**
 * act info NAME --dtype T: what the type does to the function, as PyTorch computes it: where f'
 * becomes exactly 0 for good (the gradient is gone, not small), where f becomes exactly its limit,
 * and how far f and f' are from the exact values over the function's default range.
 */
import type { Spec } from '../core/spec.js';
import { evaluateInto } from '../core/evaluate.js';
import { linspace } from '../core/grid.js';
import { inType } from './engine.js';
import { errorOf } from './error.js';
import { constantFrom, derivativeZeroFrom, type Sides } from './saturation.js';
import { torchFormula } from './view.js';
import type { LowDType } from './types.js';

/** The scan of act info --dtype: multiples of 1/64 out to ±128, as in the torch fixture. */
export const SCAN = { step: 1 / 64, reach: 128 } as const;
const noCpuKernel = (dtype: LowDType): string =>
  `PyTorch 1.13 has no ${dtype} CPU kernel for it: act computes it as the float32 kernel does, rounded once to ${dtype} (as PyTorch's CUDA kernels compute half and bfloat16).`;

/** Points of the default range at which the errors are measured. */
const ERROR_POINTS = 2001;

export interface WorstError {
  /** The largest relative error, and an x where it is reached. */
  readonly rel: number;
  readonly x: number;
  /** The share of the points where the relative error is above 1%. */
  readonly over1pct: number;
}

export interface PrecisionFacts {
  readonly dtype: LowDType;
  /** The PyTorch call modelled. */
  readonly torch: string;
  readonly derivativeZero: Sides;
  /** Where f is exactly its limit at -∞ (left) and +∞ (right), when that limit is finite. */
  readonly limit: { readonly left: { value: number; from: number | null } | null; readonly right: { value: number; from: number | null } | null };
  readonly range: readonly [number, number];
  readonly f: WorstError;
  readonly df: WorstError;
  /** How act's model departs from PyTorch for this function, if it does. */
  readonly note?: string;
}

function worst(got: (x: number) => number, exact: Float64Array, xs: Float64Array, dtype: LowDType): WorstError {
  let rel = 0;
  let at = xs[0];
  let over = 0;
  for (let i = 0; i < xs.length; i++) {
    const e = errorOf('rel', dtype, got(xs[i]), exact[i]);
    if (e > 0.01) over++;
    if (e > rel) [rel, at] = [e, xs[i]];
  }
  return { rel, x: at, over1pct: over / xs.length };
}

export function precisionFacts(spec: Spec, dtype: LowDType): PrecisionFacts {
  const formula = torchFormula(spec, dtype);
  const fn = inType(formula, spec.params, dtype);
  const exactAt = (x: number, derivative = false) => evaluateInto(spec.activation, spec.params, [x], derivative, new Float64Array(1))[0];
  const limitSide = (sign: 1 | -1) => {
    const value = exactAt(sign * Infinity);
    if (!Number.isFinite(value)) return null;
    const side = constantFrom(fn.f, { left: value, right: value }, SCAN.step, SCAN.reach);
    return { value, from: sign < 0 ? side.left : side.right };
  };
  const range = spec.activation.defaultRange;
  const xs = linspace(range[0], range[1], ERROR_POINTS);
  const exactF = evaluateInto(spec.activation, spec.params, xs, false, new Float64Array(xs.length));
  const exactDf = evaluateInto(spec.activation, spec.params, xs, true, new Float64Array(xs.length));
  return {
    dtype,
    torch: formula.torch(spec.params),
    derivativeZero: derivativeZeroFrom(fn.df, SCAN.step, SCAN.reach),
    limit: { left: limitSide(-1), right: limitSide(1) },
    range,
    f: worst(fn.f, exactF, xs, dtype),
    df: worst(fn.df, exactDf, xs, dtype),
    note: [formula.note?.(dtype), (formula.cpu ?? ['float32', 'bfloat16']).includes(dtype) ? undefined : noCpuKernel(dtype)].filter(Boolean).join(' ') || undefined,
  };
}
