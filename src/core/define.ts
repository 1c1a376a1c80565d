/**
 * The shape of an activation declaration. Everything act knows about a function is written once,
 * in its declaration; the registry, `act list`, the CLI and the tests all read from it.
 */

/** Parameter values by name, complete (defaults filled in). */
export type Params = Readonly<Record<string, number>>;

export interface ParamDecl {
  readonly default: number;
  /** Lower bound of the domain; inclusive unless minExclusive. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  /** Upper bound of the domain; inclusive unless maxExclusive. */
  readonly max?: number;
  readonly maxExclusive?: boolean;
  readonly doc: string;
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

interface DeclarationBase {
  /** Canonical name: lower case, words joined by _. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** One line, for `act list`. */
  readonly summary: string;
  /** Parameters in positional order. */
  readonly params: Readonly<Record<string, ParamDecl>>;
  /** A constraint between parameters (hardtanh's min < max); returns what is wrong, or undefined. */
  readonly check?: (p: Params) => string | undefined;
  readonly formula: Formula;
  readonly derivative: Formula;
  /** Points where f' is undefined; f'(kink) is the one-sided value the frameworks use. */
  readonly kinks: (p: Params) => readonly number[];
  readonly defaultRange: readonly [number, number];
  readonly notes: Notes;
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
export function elementwise(decl: ElementwiseInput): ElementwiseActivation {
  return Object.freeze({ aliases: [], params: {}, kinks: noKinks, ...decl, kind: 'elementwise' as const });
}

/** Declares a vector activation, filling in the optional fields. */
export function vector(decl: VectorInput): VectorActivation {
  return Object.freeze({ aliases: [], params: {}, kinks: noKinks, ...decl, kind: 'vector' as const });
}

/** The default value of every parameter. */
export function defaultParams(a: Activation): Params {
  const p: Record<string, number> = {};
  for (const [k, d] of Object.entries(a.params)) p[k] = d.default;
  return p;
}
