/**
 * Sets of real numbers, for the range of f and of f' in the declarations: an interval with open or
 * closed ends, a few values ({0, 1}), or a union of both ((-∞, -0.5) ∪ {0} ∪ (0.5, ∞)).
 */

/** One piece: the values between lo and hi; a single value when lo === hi (both ends closed). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loClosed: boolean;
  readonly hiClosed: boolean;
}

/** A union of disjoint pieces, sorted; `note` says in words what the pieces cannot (softmax sums to 1). */
export interface ValueSet {
  readonly pieces: readonly Interval[];
  readonly note?: string;
}

/** Which ends are closed, written as the brackets are: '[)' is [lo, hi). */
export type Ends = '()' | '[)' | '(]' | '[]';

/** The interval from lo to hi; infinite ends are always open. */
export function span(lo: number, hi: number, ends: Ends = '()'): ValueSet {
  return union({ pieces: [{ lo, hi, loClosed: ends[0] === '[' && lo > -Infinity, hiClosed: ends[1] === ']' && hi < Infinity }] });
}

/** The finite set {v1, v2, ...}. */
export function values(...vs: number[]): ValueSet {
  return union({ pieces: vs.map((v) => ({ lo: v, hi: v, loClosed: true, hiClosed: true })) });
}

/** The same set with a note in words. */
export function noted(set: ValueSet, note: string): ValueSet {
  return { pieces: set.pieces, note };
}

function isEmpty(p: Interval): boolean {
  return !(p.lo < p.hi || (p.lo === p.hi && p.loClosed && p.hiClosed));
}

/** a, then b, with no gap between them (they overlap or touch at a point one of them holds). */
function joins(a: Interval, b: Interval): boolean {
  return b.lo < a.hi || (b.lo === a.hi && (a.hiClosed || b.loClosed));
}

/**
 * The union of the sets, in normal form: empty pieces dropped, pieces sorted by their lower end,
 * and pieces that overlap or touch merged, so that (0, 1] ∪ {1} is (0, 1] and {0} ∪ (0, ∞) is [0, ∞).
 */
export function union(...sets: ValueSet[]): ValueSet {
  const pieces = sets
    .flatMap((s) => s.pieces)
    .filter((p) => !isEmpty(p))
    .sort((a, b) => a.lo - b.lo || Number(b.loClosed) - Number(a.loClosed));
  const out: Interval[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && joins(last, p)) {
      const hi = Math.max(last.hi, p.hi);
      const hiClosed = (last.hi === hi && last.hiClosed) || (p.hi === hi && p.hiClosed);
      out[out.length - 1] = { lo: last.lo, hi, loClosed: last.loClosed, hiClosed };
    } else out.push(p);
  }
  const note = sets.map((s) => s.note).find((n) => n !== undefined);
  return note === undefined ? { pieces: out } : { pieces: out, note };
}

/** Every real number. */
export const reals: ValueSet = span(-Infinity, Infinity);

/** Whether v is in the set. */
export function contains(set: ValueSet, v: number): boolean {
  return set.pieces.some((p) => (p.loClosed ? v >= p.lo : v > p.lo) && (p.hiClosed ? v <= p.hi : v < p.hi));
}

/** The smallest and largest ends: (-Infinity, Infinity) when unbounded. */
export function hull(set: ValueSet): { lo: number; hi: number } {
  if (set.pieces.length === 0) return { lo: NaN, hi: NaN };
  return { lo: set.pieces[0].lo, hi: set.pieces[set.pieces.length - 1].hi };
}

/** Whether the set has only finitely many values ({0, 1}). */
export function isDiscrete(set: ValueSet): boolean {
  return set.pieces.every((p) => p.lo === p.hi);
}
