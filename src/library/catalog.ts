/**
 * The catalog and spec parsing as the library hands them out: every declaration checked
 * (src/core/checked.ts), so that calling f or df fills in the default parameters and refuses an
 * unknown or out-of-domain one instead of returning NaN.
 */
import { activations as plainActivations } from '../activations/index.js';
import { findActivation as findPlain } from '../activations/lookup.js';
import { checkedActivation, type CheckedActivation, type CheckedElementwise, type GivenParams } from '../core/checked.js';
import type { Activation } from '../core/define.js';
import type { Spec } from '../core/spec.js';
import { expressionActivation as plainExpression, type CompiledExpression } from '../expr/activation.js';
import { toSpec as plainToSpec } from '../spec/evaluate.js';
import { parseSpec as plainParseSpec } from '../spec/parse.js';
import { checkOptions, checkSpecInput, checkString } from './check.js';

/** A parsed spec as the library hands it out: its declaration checked (f(x) takes the spec's own parameters only if given them). */
export interface CheckedSpec extends Omit<Spec, 'activation'> {
  readonly activation: CheckedActivation;
}

// the checked copies are typed as what they accept: f(x) and f(x, { alpha }) (core/checked.ts)
const checked = (a: Activation): CheckedActivation => checkedActivation(a) as unknown as CheckedActivation;

/** Every catalog function, in the catalog's order. */
export const activations: readonly CheckedActivation[] = Object.freeze(plainActivations.map(checked));

/** A catalog function by name or alias (case, - and _ ignored), or undefined. */
export function findActivation(name: string): CheckedActivation | undefined {
  checkString('findActivation: name', name);
  const a = findPlain(name);
  return a && checked(a);
}

const checkedSpec = (spec: Spec): CheckedSpec => Object.freeze({ ...spec, activation: checked(spec.activation) });

/** A spec as written on the command line: `gelu`, `elu(alpha=0.5)`, `x*sigmoid(1.702*x)`, `quick=x*sigmoid(1.702*x)`. */
export function parseSpec(text: string): CheckedSpec {
  checkString('parseSpec: text', text);
  return checkedSpec(plainParseSpec(text));
}

/** A spec from spec text, a declaration or a spec, with parameters (checked; defaults fill the rest). */
export function toSpec(what: string | Activation | CheckedActivation | Spec | CheckedSpec, params?: GivenParams): CheckedSpec {
  checkSpecInput(what);
  checkOptions('params', params);
  return checkedSpec(plainToSpec(what, params));
}

/** An expression in x as a declaration, its derivative exact (automatic differentiation). */
export function expressionActivation(source: string | CompiledExpression): CheckedElementwise {
  const compiled = typeof source === 'object' && source !== null && typeof source.text === 'string' && typeof source.f === 'function' && typeof source.df === 'function';
  if (!compiled) checkString('expressionActivation: source (text or compileExpression\'s result)', source);
  return checked(plainExpression(source)) as CheckedElementwise;
}
