/**
 * The arithmetic conventions of expressions, shared by the value and the derivative evaluators.
 *
 * - Products take 0·∞ as 0 (the "strong zero"). An expression reaches ±∞ only at x = ±∞, and the
 *   zero factor there is almost always an exponential tail (x·σ(x) at -∞, x·σ'(x) at +∞), which
 *   beats any power of x; so the limit is 0, which is what the catalog's functions give.
 *   NaN still propagates: 0·NaN is NaN. Other indeterminate forms (∞ - ∞, ∞/∞) stay NaN.
 * - Where a function has a corner (max, min, abs at a tie), the derivative is the generalised
 *   gradient's element nearest 0: 0 if the one-sided slopes differ in sign, else the smaller in
 *   size. That is relu'(0) = 0, abs'(0) = 0, relu6'(6) = 0 and leaky_relu'(0) = alpha, as in the
 *   catalog and the frameworks. (A tie at ±∞ is a limit, not a corner: see tieSlope.)
 */
import { exp } from '../core/exp.js';

/** a·b with 0·∞ = 0 (signed as the product of the signs); NaN in, NaN out. */
export function strongProduct(a: number, b: number): number {
  const p = a * b;
  if (p === p || a !== a || b !== b) return p;
  return Math.sign(a) * Math.sign(b);
}

/** The minimum-norm element of the interval between two one-sided slopes. */
export function minNormSlope(p: number, q: number): number {
  if (p !== p || q !== q) return NaN;
  if (p > 0 && q > 0) return p < q ? p : q;
  if (p < 0 && q < 0) return p > q ? p : q;
  return 0;
}

/**
 * The slope of max (or min) where both arguments equal `value`. A finite tie is a corner: the
 * slope nearest 0. An infinite tie is no corner but a limit (max(x, 0.01*x) at x = ±∞): the
 * argument that dominates there wins. Both run to the same infinity with slopes of one sign, so
 * at +∞ max follows the steeper one, at -∞ the flatter one (and min the other way round).
 */
function tieSlope(value: number, da: number, db: number, isMax: boolean): number {
  if ((value === Infinity || value === -Infinity) && ((da > 0 && db > 0) || (da < 0 && db < 0))) {
    const daSteeper = Math.abs(da) >= Math.abs(db);
    return (value === Infinity) === isMax ? (daSteeper ? da : db) : daSteeper ? db : da;
  }
  return minNormSlope(da, db);
}

/** The slope of max(a, b), given the slopes da and db of a and b. */
export function maxSlope(a: number, b: number, da: number, db: number): number {
  return a > b ? da : b > a ? db : a === b ? tieSlope(a, da, db, true) : NaN;
}

/** The slope of min(a, b), given the slopes da and db of a and b. */
export function minSlope(a: number, b: number, da: number, db: number): number {
  return a < b ? da : b < a ? db : a === b ? tieSlope(a, da, db, false) : NaN;
}

/** a^b, with b = 2 as one exact product (and e^b as exp(b), which is more accurate than pow). */
export function power(a: number, b: number): number {
  return b === 2 ? a * a : a === Math.E ? exp(b) : Math.pow(a, b);
}

/** The slope of a^b: b·a^(b-1)·da + a^b·ln(a)·db, each term only where its slope is not 0. */
export function powerSlope(a: number, b: number, da: number, db: number, value: number): number {
  let slope = 0;
  if (da !== 0) slope = strongProduct(b === 2 ? 2 * a : strongProduct(b, Math.pow(a, b - 1)), da);
  if (db !== 0) slope += strongProduct(a === Math.E ? value : strongProduct(value, Math.log(a)), db);
  return slope;
}

/** The truth of a condition: NaN stays NaN (and makes a conditional NaN), else nonzero is true. */
export const truth = (v: number): number => (v !== v ? NaN : v !== 0 ? 1 : 0);

/** A comparison's value: 1 or 0, or NaN when either side is NaN. */
export function compare(op: '<' | '<=' | '>' | '>=' | '==' | '!=', a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  switch (op) {
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
  }
}
