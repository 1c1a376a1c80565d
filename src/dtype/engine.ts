/**
 * A function in a low-precision type, as PyTorch computes it: the input rounded to the type, the
 * forward kernel, its result stored as the type; the backward kernel from x, that stored result
 * and the incoming gradient, its result stored as the type.
 */
import type { Params } from '../core/define.js';
import { opsOf } from './ops.js';
import { ROUND } from './rounding.js';
import type { TorchFormula } from './torch.js';
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
  const ops = opsOf(dtype, formula.perOp?.includes(dtype));
  const round = ROUND[dtype];
  const f = (x: number): number => round(formula.forward(round(x), p, ops));
  const backward = (x: number, g: number): number => {
    const xi = round(x);
    return round(formula.backward(xi, round(formula.forward(xi, p, ops)), round(g), p, ops));
  };
  return { f, df: (x) => backward(x, 1), backward };
}
