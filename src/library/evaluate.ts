/** evaluate() for the library: spec/evaluate.ts's, its arguments checked, and a dtype (act eval --dtype). */
import type { Activation } from '../core/define.js';
import { UsageError } from '../core/errors.js';
import type { Spec } from '../core/spec.js';
import type { DType } from '../dtype/types.js';
import { inDtype } from '../dtype/view.js';
import { checkBooleans, checkNumbers, checkOptions, shown } from './check.js';
import { toSpec } from './catalog.js';
import { checkDtype } from './dtype.js';
import { evaluate as evaluateExact, type EvaluateOptions as ExactOptions } from '../spec/evaluate.js';

export interface EvaluateOptions extends ExactOptions {
  /** Compute as PyTorch does in this type (act eval --dtype); float64, the default, is exact. */
  readonly dtype?: DType;
}

function checkOut(out: unknown, length: number): void {
  if (out === undefined) return;
  if (!(out instanceof Float64Array)) throw new UsageError(`out must be a Float64Array, got ${shown(out)}`);
  if (out.length !== length) throw new UsageError(`out has ${out.length} elements for ${length} x values: give one of the same length`);
}

/**
 * Evaluates a function at every x: `evaluate('gelu', xs)`, `evaluate('elu(alpha=0.5)', xs,
 * { derivative: true })`, `evaluate(activations[0], xs)`, `evaluate('sigmoid', xs, { dtype: 'bfloat16' })`.
 */
export function evaluate(what: string | Activation | Spec, xs: ArrayLike<number>, options: EvaluateOptions = {}): Float64Array {
  checkNumbers('xs', xs);
  checkOptions('options', options);
  checkBooleans(options, ['derivative']);
  checkOut(options.out, xs.length);
  const { dtype, params, ...rest } = options;
  const spec = toSpec(what, params);
  if (dtype === undefined || dtype === 'float64') return evaluateExact(spec, xs, rest);
  checkDtype(dtype);
  return evaluateExact(inDtype(spec, dtype), xs, rest);
}
