/** Evaluating a function given by spec text, declaration or parsed spec over an array of x. */
import { defaultParams, type Activation } from '../core/define.js';
import { evaluateInto } from '../core/evaluate.js';
import { canonicalParams } from '../core/param-names.js';
import { resolveParams, type Spec } from '../core/spec.js';
import { parseSpec } from './parse.js';

export interface EvaluateOptions {
  /** Evaluate f' instead of f (for vector functions, the diagonal of the Jacobian). */
  readonly derivative?: boolean;
  /** Parameter values; defaults fill the rest. */
  readonly params?: Readonly<Record<string, number>>;
  /** Where to write the result; a new array by default. */
  readonly out?: Float64Array;
}

/** Turns what the caller gave into a checked spec. */
export function toSpec(what: string | Activation | Spec, params?: Readonly<Record<string, number>>): Spec {
  if (typeof what !== 'string' && !('activation' in what)) {
    return { label: what.name, activation: what, params: params ? resolveParams(what, canonicalParams(what, params)) : defaultParams(what) };
  }
  // spec text or a parsed spec: the params given override the spec's own
  const spec = typeof what === 'string' ? parseSpec(what) : what;
  return params ? { ...spec, params: resolveParams(spec.activation, { ...spec.params, ...canonicalParams(spec.activation, params) }) } : spec;
}

/**
 * Evaluates a function at every x: `evaluate('gelu', xs)`, `evaluate('elu(alpha=0.5)', xs,
 * { derivative: true })`, `evaluate(activations[0], xs)`.
 */
export function evaluate(what: string | Activation | Spec, xs: ArrayLike<number>, options: EvaluateOptions = {}): Float64Array {
  const spec = toSpec(what, options.params);
  const out = options.out ?? new Float64Array(xs.length);
  return evaluateInto(spec.activation, spec.params, xs, options.derivative ?? false, out);
}
