/** The core evaluator: one declaration with its parameters, over an array of x. */
import { uncheckedActivation, isChecked } from './checked.js';
import type { Activation, Params } from './define.js';
import { kernelOf } from './kernel.js';
import { canonicalParams } from './param-names.js';
import { resolveParams } from './params.js';

/**
 * Writes f(xs) (or f'(xs)) of one activation into out. The hot loop of act. A declaration from the
 * library (checked, src/core/checked.ts) has its parameters completed and checked here, once.
 */
export function evaluateInto(a: Activation, p: Params, xs: ArrayLike<number>, derivative: boolean, out: Float64Array): Float64Array {
  if (isChecked(a)) {
    a = uncheckedActivation(a);
    p = resolveParams(a, canonicalParams(a, p ?? {}));
  }
  if (a.kind === 'vector') {
    (derivative ? a.df : a.f)(xs, p, out);
    return out;
  }
  kernelOf(derivative ? a.df : a.f)(xs, p, out);
  return out;
}
