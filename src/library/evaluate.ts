/** evaluate() for the library: spec/evaluate.ts's, and a dtype (act eval --dtype). */
import type { Activation } from '../core/define.js';
import type { Spec } from '../core/spec.js';
import type { DType } from '../dtype/types.js';
import { inDtype } from '../dtype/view.js';
import { checkDtype } from './dtype.js';
import { evaluate as evaluateExact, toSpec, type EvaluateOptions as ExactOptions } from '../spec/evaluate.js';

export interface EvaluateOptions extends ExactOptions {
  /** Compute as PyTorch does in this type (act eval --dtype); float64, the default, is exact. */
  readonly dtype?: DType;
}

/**
 * Evaluates a function at every x: `evaluate('gelu', xs)`, `evaluate('elu(alpha=0.5)', xs,
 * { derivative: true })`, `evaluate(activations[0], xs)`, `evaluate('sigmoid', xs, { dtype: 'bfloat16' })`.
 */
export function evaluate(what: string | Activation | Spec, xs: ArrayLike<number>, options: EvaluateOptions = {}): Float64Array {
  const { dtype, params, ...rest } = options;
  if (dtype === undefined || dtype === 'float64') return evaluateExact(what, xs, options);
  checkDtype(dtype);
  return evaluateExact(inDtype(toSpec(what, params), dtype), xs, rest);
}
