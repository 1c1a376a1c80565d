/**
 * The shape of an activation declaration. Everything act knows about a function is written once,
 * in its declaration; the registry, `act list`, the CLI and the tests all read from it.
 */

import type { ValueSet } from './range.js';

/** Parameter values by name, complete (defaults filled in). */
export type Params = Readonly<Record<string, number>>;

/** A fact that may depend on the parameters: elu's range is (-alpha, ∞). */
export type ByParams<T> = T | ((p: Params) => T);

export interface ParamDecl {
  readonly default: number;
  /** Lower bound of the domain; inclusive unless minExclusive. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  /** Upper bound of the domain; inclusive unless maxExclusive. */
  readonly max?: number;
  readonly maxExclusive?: boolean;
  readonly doc: string;
  /** Other names that mean it in specs and expressions: PyTorch's and Keras' (`negative_slope`, `lambd`, `min_val`). */
  readonly aliases?: readonly string[];
}

export interface Formula {
  /** Plain-text form, for the terminal. */
  readonly text: string;
  /** LaTeX form, for Markdown and papers. */
  readonly tex: string;
}

export interface Notes {
  readonly useCase: string;
  readonly limitations: string;
  /** The paper or source that introduced the function. */
  readonly reference: string;
}

/**
 * What kind of function it is, as checked numerically by the tests. For a vector function each
 * property is about output i as a function of its own input x_i.
 */
export interface Properties {
  /** 'increasing': f never decreases (f' ≥ 0); 'decreasing': f never increases; 'no': neither. */
  readonly monotonic: 'increasing' | 'decreasing' | 'no';
  /** k of C^k: f, f', ..., f^(k) are continuous. -1 when f itself jumps, Infinity when smooth. */
  readonly continuity: number;
  /** f(0) = 0 and f takes both signs. */
  readonly zeroCentred: boolean;
  /** Where f' tends to 0: as x → -∞ ('left'), x → +∞ ('right'), both or neither. */
  readonly saturates: 'both' | 'left' | 'right' | 'none';
  /** f(x) = x·g(x), with a gate g computed from x that rises from 0 to 1 and is below 1 for some x > 0. */
  readonly selfGated: boolean;
  /** f(0) = 0 and f'(0) = 1, with f' continuous at 0: f(x) ≈ x near the origin. */
  readonly nearIdentity: boolean;
}

/** How much work one evaluation of f is: the class, and the operations that make it so. */
export interface Cost {
  /** cheap: comparisons and arithmetic; moderate: one exp, tanh or square root; expensive: more, or erf. */
  readonly level: 'cheap' | 'moderate' | 'expensive';
  readonly ops: string;
}

/** The function under its names in the frameworks, and what differs from them. */
export interface InFrameworks {
  /** PyTorch: the module and the function (F is torch.nn.functional); empty where it has none. */
  readonly pytorch: readonly string[];
  /** JAX: jax.nn (or jax.numpy). */
  readonly jax: readonly string[];
  /** Keras 3: keras.activations (or keras.layers). */
  readonly keras: readonly string[];
  /** What a framework user must know: other defaults, values at kinks, ±∞ and NaN, derivative columns. */
  readonly differences: readonly string[];
}

interface DeclarationBase {
  /** Canonical name: lower case, words joined by _. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** One line, for `act list`. */
  readonly summary: string;
  /** Parameters in positional order. */
  readonly params: Readonly<Record<string, ParamDecl>>;
  /**
   * Word-valued options that select another catalog function, as the frameworks spell them:
   * gelu's `approximate` is `none` (gelu) or `tanh` (gelu_tanh), so `gelu(approximate=tanh)` works.
   */
  readonly choices?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A constraint between parameters (hardtanh's min < max); returns what is wrong, or undefined. */
  readonly check?: (p: Params) => string | undefined;
  readonly formula: Formula;
  readonly derivative: Formula;
  /** Points where f' is undefined; f'(kink) is the one-sided value the frameworks use. */
  readonly kinks: (p: Params) => readonly number[];
  readonly defaultRange: readonly [number, number];
  /** The set of values of f over the reals (its limits at ±∞ are open ends). */
  readonly range: ByParams<ValueSet>;
  /** The set of values of f', with the one-sided values at the kinks. */
  readonly derivativeRange: ByParams<ValueSet>;
  readonly properties: ByParams<Properties>;
  readonly cost: Cost;
  readonly notes: Notes;
  readonly frameworks: InFrameworks;
}

/** A function applied to each x on its own. */
export interface ElementwiseActivation extends DeclarationBase {
  readonly kind: 'elementwise';
  readonly f: (x: number, p: Params) => number;
  readonly df: (x: number, p: Params) => number;
}

/**
 * A function of the whole vector of samples (softmax). `df` writes the diagonal of the Jacobian,
 * ∂f_i/∂x_i, which is what a plot of "the derivative" of a vector function can show.
 */
export interface VectorActivation extends DeclarationBase {
  readonly kind: 'vector';
  readonly f: (xs: ArrayLike<number>, p: Params, out: Float64Array) => void;
  readonly df: (xs: ArrayLike<number>, p: Params, out: Float64Array) => void;
}

export type Activation = ElementwiseActivation | VectorActivation;

type Optional = 'aliases' | 'params' | 'kinks' | 'kind';
type ElementwiseInput = Omit<ElementwiseActivation, Optional> & Partial<Pick<ElementwiseActivation, Optional>>;
type VectorInput = Omit<VectorActivation, Optional> & Partial<Pick<VectorActivation, Optional>>;

const noKinks = (): readonly number[] => [];

/** Declares an elementwise activation, filling in the optional fields. */
/**
 * Freezes a declaration with what its behaviour hangs on: its parameters (each default and
 * domain), aliases and choices, not only its top. The library hands declarations out, and a
 * caller's `findActivation('elu').params.alpha.min = 10` would otherwise change elu for everyone.
 * (Its texts are left as they are: freezing every object of the catalog cost 0.3 ms at start-up,
 * this 0.02 ms.)
 */
function frozen<A extends Activation>(a: A): A {
  for (const d of Object.values(a.params)) Object.freeze(d);
  Object.freeze(a.params);
  Object.freeze(a.aliases);
  if (a.choices) {
    for (const c of Object.values(a.choices)) Object.freeze(c);
    Object.freeze(a.choices);
  }
  return Object.freeze(a);
}

export function elementwise(decl: ElementwiseInput): ElementwiseActivation {
  return frozen({ aliases: [], params: {}, kinks: noKinks, ...decl, kind: 'elementwise' as const });
}

/** Declares a vector activation, filling in the optional fields. */
export function vector(decl: VectorInput): VectorActivation {
  return frozen({ aliases: [], params: {}, kinks: noKinks, ...decl, kind: 'vector' as const });
}

function resolve<T extends object>(fact: ByParams<T>, p: Params): T {
  return typeof fact === 'function' ? fact(p) : fact;
}

/** The range of f for these parameters. */
export const rangeOf = (a: Activation, p: Params): ValueSet => resolve(a.range, p);
/** The range of f' for these parameters. */
export const derivativeRangeOf = (a: Activation, p: Params): ValueSet => resolve(a.derivativeRange, p);
/** The properties for these parameters. */
export const propertiesOf = (a: Activation, p: Params): Properties => resolve(a.properties, p);

/** The default value of every parameter. */
export function defaultParams(a: Activation): Params {
  const p: Record<string, number> = {};
  for (const [k, d] of Object.entries(a.params)) p[k] = d.default;
  return p;
}
