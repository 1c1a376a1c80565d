/**
 * Declarations as the library hands them out: f and df that complete their parameters with the
 * defaults and refuse an unknown or out-of-domain one, so that `findActivation('elu').f(-1)` is
 * elu(-1) with alpha = 1, and `.f(-1, { alhpa: 1 })` throws instead of returning NaN. act's own
 * loops take the plain declaration back (`uncheckedActivation`) and check the parameters once
 * per array, not once per point.
 */
import type { Activation, ElementwiseActivation, Params, VectorActivation } from './define.js';
import { canonicalParams } from './param-names.js';
import { resolveParams } from './params.js';
import { UsageError } from './errors.js';

/** Parameters as a caller gives them: any subset of the declared ones; the defaults fill the rest. */
export type GivenParams = Readonly<Record<string, number>>;

/** An elementwise declaration as the library hands it out: `f(x)` and `f(x, { alpha: 0.5 })`. */
export interface CheckedElementwise extends Omit<ElementwiseActivation, 'f' | 'df'> {
  readonly f: (x: number, p?: GivenParams) => number;
  readonly df: (x: number, p?: GivenParams) => number;
}

/** A vector declaration as the library hands it out: `softmax.f(xs)` returns a new Float64Array (or fills `out`). */
export interface CheckedVector extends Omit<VectorActivation, 'f' | 'df'> {
  readonly f: (xs: ArrayLike<number>, p?: GivenParams, out?: Float64Array) => Float64Array;
  readonly df: (xs: ArrayLike<number>, p?: GivenParams, out?: Float64Array) => Float64Array;
}

/** A declaration from the library (activations, findActivation, parseSpec): parameters optional and checked. */
export type CheckedActivation = CheckedElementwise | CheckedVector;

const plainOf = new WeakMap<Activation, Activation>();
const checkedOf = new WeakMap<Activation, Activation>();

/**
 * The complete parameters for `given`, checked. A caller usually passes the same values call after
 * call (often in a new object literal each time), so the last complete set is kept, and reused
 * when `given` names only declared parameters and agrees with it: a few comparisons, where
 * checking from scratch takes microseconds.
 */
function paramCompleter(a: Activation): (given: GivenParams | undefined) => Params {
  const names = Object.keys(a.params);
  const defaults = resolveParams(a, {});
  let last = defaults;
  const agrees = (given: GivenParams): boolean => {
    for (const k of Object.keys(given)) if (!Object.hasOwn(last, k)) return false;
    for (const k of names) {
      const v = given[k];
      if (v === undefined ? Object.hasOwn(given, k) || !Object.is(last[k], defaults[k]) : !Object.is(v, last[k])) return false;
    }
    return true;
  };
  return (given) => {
    if (given === undefined || given === null) return defaults;
    if (agrees(given)) return last;
    last = resolveParams(a, canonicalParams(a, given));
    return last;
  };
}

/** A value as a message shows it: text quoted, so that '2' is not taken for 2. */
const shown = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : String(v));

/** x must be a number (NaN and ±Infinity are): '2' would be coerced and 'abc' give NaN. */
function checkX(name: string, x: unknown): void {
  if (typeof x !== 'number') throw new UsageError(`${name}: x must be a number, got ${shown(x)}`);
}

/** xs of a vector function: an array or typed array of numbers. */
function checkXs(name: string, xs: unknown): void {
  if (ArrayBuffer.isView(xs) && !(xs instanceof DataView) && !(xs instanceof BigInt64Array) && !(xs instanceof BigUint64Array)) return;
  if (!Array.isArray(xs)) throw new UsageError(`${name}: xs must be an array or typed array of numbers, got ${shown(xs)}`);
  for (let i = 0; i < xs.length; i++) if (typeof xs[i] !== 'number') throw new UsageError(`${name}: xs must hold numbers only, got ${shown(xs[i])} at [${i}]`);
}

function checkedElementwise(a: ElementwiseActivation): ElementwiseActivation {
  const complete = paramCompleter(a);
  const { f, df } = a;
  return Object.freeze({
    ...a,
    f: (x: number, p?: GivenParams) => {
      checkX(a.name, x);
      return f(x, complete(p));
    },
    df: (x: number, p?: GivenParams) => {
      checkX(a.name, x);
      return df(x, complete(p));
    },
  });
}

function checkedVector(a: VectorActivation): VectorActivation {
  const complete = paramCompleter(a);
  const { f, df } = a;
  const run = (g: VectorActivation['f']) => (xs: ArrayLike<number>, p?: GivenParams, out?: Float64Array) => {
    checkXs(a.name, xs);
    const into = out ?? new Float64Array(xs.length);
    if (into.length !== xs.length) throw new RangeError(`${a.name}: out has ${into.length} elements for ${xs.length} inputs`);
    g(xs, complete(p), into);
    return into;
  };
  return Object.freeze({ ...a, f: run(f), df: run(df) });
}

/** The declaration with checked f and df (one copy per declaration, made on first use). */
export function checkedActivation<A extends Activation>(a: A): A {
  if (plainOf.has(a)) return a;
  let c = checkedOf.get(a);
  if (c === undefined) {
    c = a.kind === 'elementwise' ? checkedElementwise(a) : checkedVector(a);
    checkedOf.set(a, c);
    plainOf.set(c, a);
  }
  return c as A;
}

/** The plain declaration behind a checked one (or the declaration itself). */
export function uncheckedActivation<A extends Activation>(a: A): A {
  return (plainOf.get(a) as A | undefined) ?? a;
}

/** Whether `a` is a checked copy, whose parameters must be completed before its plain f runs. */
export function isChecked(a: Activation): boolean {
  return plainOf.has(a);
}
