/**
 * The parts the library exports beside its one-call API, their arguments checked at the edge
 * (library/check.ts): a declaration's facts for parameters completed with the defaults and
 * checked (rangeOf(elu, {}) was [0, ∞), the range of alpha = 0, not elu's (-1, ∞)), and the
 * sampler's range and sizes refused with a UsageError instead of a RangeError from a typed array.
 */
import type { Activation, Params, Properties } from '../core/define.js';
import { defaultParams as plainDefaults, derivativeRangeOf as plainDerivativeRange, propertiesOf as plainProperties, rangeOf as plainRange } from '../core/define.js';
import { UsageError } from '../core/errors.js';
import { canonicalParams } from '../core/param-names.js';
import { resolveParams } from '../core/params.js';
import type { ValueSet } from '../core/range.js';
import { sampleSeries as plainSample, type SampleOptions, type Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { suggestActivations as plainSuggest } from '../activations/lookup.js';
import { splitLabel as plainSplitLabel } from '../core/spec.js';
import { uncheckedActivation } from '../core/checked.js';
import { checkBooleans, checkNumbers, checkOptions, checkSampleRange, checkSpecInput, checkString, checkWholeNumber, MAX_GRID_POINTS, shown } from './check.js';
import { evaluateInto as plainEvaluateInto } from '../core/evaluate.js';
import type { GivenParams } from '../core/checked.js';
import { toSpec } from './catalog.js';


function checkDeclaration(name: string, a: unknown): asserts a is Activation {
  checkSpecInput(a);
  if (typeof a === 'string' || 'activation' in (a as object)) throw new UsageError(`${name}: give a declaration (activations, findActivation), got ${typeof a === 'string' ? shown(a) : 'a parsed spec: take its .activation'}`);
}

/** The parameters given, checked and completed with the defaults. */
function completed(name: string, a: unknown, p: unknown): [Activation, Params] {
  checkDeclaration(name, a);
  checkOptions(`${name}: params`, p);
  const plain = uncheckedActivation(a);
  return [plain, resolveParams(plain, canonicalParams(plain, (p ?? {}) as Params))];
}

/**
 * Writes f(xs) (or f'(xs)) into out, the evaluator's hot loop: the declaration's parameters
 * completed and checked (once per call), xs numbers, out a Float64Array of xs' length.
 */
export function evaluateInto(a: Activation, p: GivenParams | undefined, xs: ArrayLike<number>, derivative: boolean, out: Float64Array): Float64Array {
  const [plain, params] = completed('evaluateInto', a, p);
  checkNumbers('evaluateInto: xs', xs);
  if (typeof derivative !== 'boolean') throw new UsageError(`evaluateInto: derivative must be true or false, got ${shown(derivative)}`);
  if (!(out instanceof Float64Array)) throw new UsageError(`evaluateInto: out must be a Float64Array, got ${shown(out)}`);
  if (out.length !== xs.length) throw new UsageError(`evaluateInto: out has ${out.length} elements for ${xs.length} x values: give one of the same length`);
  return plainEvaluateInto(plain, params, xs, derivative, out);
}

/** Every parameter's default. */
export function defaultParams(a: Activation): Params {
  checkDeclaration('defaultParams', a);
  return plainDefaults(a);
}

/** The range of f for these parameters (missing ones take their defaults; an unknown or out-of-domain one throws). */
export function rangeOf(a: Activation, p?: Params): ValueSet {
  return plainRange(...completed('rangeOf', a, p));
}

/** The range of f' for these parameters (as rangeOf). */
export function derivativeRangeOf(a: Activation, p?: Params): ValueSet {
  return plainDerivativeRange(...completed('derivativeRangeOf', a, p));
}

/** Monotonicity, continuity, zero-centring... for these parameters (as rangeOf). */
export function propertiesOf(a: Activation, p?: Params): Properties {
  return plainProperties(...completed('propertiesOf', a, p));
}

/** The closest catalog names to a word, best first (`most`, default 3). */
export function suggestActivations(word: string, most = 3): string[] {
  checkString('suggestActivations: word', word);
  checkWholeNumber('suggestActivations: most', most, 0, 1000);
  return plainSuggest(word, most);
}

/** `quick=x*sigmoid(1.702*x)` as its label and spec text. */
export function splitLabel(text: string): { label: string | undefined; spec: string; offset: number } {
  checkString('splitLabel: text', text);
  return plainSplitLabel(text);
}

/** Each function (and f', if asked) sampled on the grid from..to with its kinks: the series a chart draws. */
export function sampleSeries(specs: readonly Spec[], options: SampleOptions): Series[] {
  if (!Array.isArray(specs)) throw new UsageError(`sampleSeries: specs must be an array of parsed specs (parseSpec, toSpec), got ${shown(specs)}`);
  checkOptions('sampleSeries: options', options);
  if (options === undefined) throw new UsageError('sampleSeries needs its options: { from, to, points }');
  checkSampleRange('sampleSeries', options.from, options.to, { logx: options.logx === true });
  checkWholeNumber('sampleSeries: points', options.points ?? NaN, 2, MAX_GRID_POINTS);
  checkWholeNumber('sampleSeries: vectorPoints', options.vectorPoints, 2, MAX_GRID_POINTS);
  checkBooleans(options, ['derivative', 'onlyDerivative', 'logx']);
  if (options.derivative && options.onlyDerivative) throw new UsageError('sampleSeries: derivative and onlyDerivative contradict each other: give one');
  // a spec text or a declaration is taken as toSpec takes it; a parsed spec is checked
  return plainSample(specs.map((s) => toSpec(s)), options);
}
