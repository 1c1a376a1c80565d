/**
 * A function in a low-precision type, as PyTorch computes it: the input rounded to the type, the
 * forward kernel, its result stored as the type; the backward kernel from x, that stored result
 * and the incoming gradient, its result stored as the type.
 */
import type { Params } from '../core/define.js';
import { opsOf } from './ops.js';
import { ROUND } from './rounding.js';
import type { TorchFormula } from './torch.js';
import type { TorchVectorFormula } from './torch-vector.js';
import type { LowDType } from './types.js';

export interface InType {
  /** f(x) in the type, x rounded to the type first. */
  readonly f: (x: number) => number;
  /** f'(x) in the type: the backward of a gradient of 1. */
  readonly df: (x: number) => number;
  /** The backward pass of a gradient g: (f(x) stored, g·f'(x)), each in the type. */
  readonly backward: (x: number, g: number) => number;
}

export function inType(formula: TorchFormula, p: Params, dtype: LowDType): InType {
  const ops = opsOf(dtype, formula.perOp?.(dtype, p) ?? false);
  const round = ROUND[dtype];
  const f = (x: number): number => round(formula.forward(round(x), p, ops));
  const backward = (x: number, g: number): number => {
    const xi = round(x);
    return round(formula.backward(xi, round(formula.forward(xi, p, ops)), round(g), p, ops));
  };
  return { f, df: (x) => backward(x, 1), backward };
}

export interface VectorInType {
  /** f of the whole vector in the type, each x rounded to the type first. */
  readonly f: (xs: ArrayLike<number>, out: Float64Array) => void;
  /** The Jacobian's diagonal in the type, as autograd's backward gives it for one-hot gradients. */
  readonly df: (xs: ArrayLike<number>, out: Float64Array) => void;
}

export function vectorInType(formula: TorchVectorFormula, dtype: LowDType): VectorInType {
  const ops = opsOf(dtype);
  const round = ROUND[dtype];
  const f = (xs: ArrayLike<number>, out: Float64Array): void => {
    const x = Float64Array.from(xs, round);
    formula.forward(x, ops, out);
    for (let i = 0; i < out.length; i++) out[i] = round(out[i]);
  };
  const df = (xs: ArrayLike<number>, out: Float64Array): void => {
    f(xs, out);
    for (let i = 0; i < out.length; i++) out[i] = round(formula.diagonal(out[i], ops));
  };
  return { f, df };
}
