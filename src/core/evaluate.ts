/** The core evaluator: one declaration with its parameters, over an array of x. */
import type { Activation, Params } from './define.js';
import { kernelOf } from './kernel.js';

/** Writes f(xs) (or f'(xs)) of one activation into out. The hot loop of act. */
export function evaluateInto(a: Activation, p: Params, xs: ArrayLike<number>, derivative: boolean, out: Float64Array): Float64Array {
  if (a.kind === 'vector') {
    (derivative ? a.df : a.f)(xs, p, out);
    return out;
  }
  kernelOf(derivative ? a.df : a.f)(xs, p, out);
  return out;
}
