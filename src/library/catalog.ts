/**
 * The catalog and spec parsing as the library hands them out: every declaration checked
 * (src/core/checked.ts), so that calling f or df fills in the default parameters and refuses an
 * unknown or out-of-domain one instead of returning NaN.
 */
import { activations as plainActivations } from '../activations/index.js';
import { findActivation as findPlain } from '../activations/lookup.js';
import { checkedActivation, type GivenParams } from '../core/checked.js';
import type { Activation, ElementwiseActivation } from '../core/define.js';
import type { Spec } from '../core/spec.js';
import { expressionActivation as plainExpression, type CompiledExpression } from '../expr/activation.js';
import { toSpec as plainToSpec } from '../spec/evaluate.js';
import { parseSpec as plainParseSpec } from '../spec/parse.js';
import { checkOptions, checkSpecInput, checkString } from './check.js';

/** Every catalog function, in the catalog's order. */
export const activations: readonly Activation[] = Object.freeze(plainActivations.map(checkedActivation));

/** A catalog function by name or alias (case, - and _ ignored), or undefined. */
export function findActivation(name: string): Activation | undefined {
  checkString('findActivation: name', name);
  const a = findPlain(name);
  return a && checkedActivation(a);
}

const checkedSpec = (spec: Spec): Spec => Object.freeze({ ...spec, activation: checkedActivation(spec.activation) });

/** A spec as written on the command line: `gelu`, `elu(alpha=0.5)`, `x*sigmoid(1.702*x)`, `quick=x*sigmoid(1.702*x)`. */
export function parseSpec(text: string): Spec {
  checkString('parseSpec: text', text);
  return checkedSpec(plainParseSpec(text));
}

/** A spec from spec text, a declaration or a spec, with parameters (checked; defaults fill the rest). */
export function toSpec(what: string | Activation | Spec, params?: GivenParams): Spec {
  checkSpecInput(what);
  checkOptions('params', params);
  return checkedSpec(plainToSpec(what, params));
}

/** An expression in x as a declaration, its derivative exact (automatic differentiation). */
export function expressionActivation(source: string | CompiledExpression): ElementwiseActivation {
  const compiled = typeof source === 'object' && source !== null && typeof source.text === 'string' && typeof source.f === 'function' && typeof source.df === 'function';
  if (!compiled) checkString('expressionActivation: source (text or compileExpression\'s result)', source);
  return checkedActivation(plainExpression(source));
}
