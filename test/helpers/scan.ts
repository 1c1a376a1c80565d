/**
 * Dense numeric scans of a catalog function, to check what its declaration states (ranges,
 * properties) against what its f and f' actually do. A vector function is scanned as the
 * function x ↦ f(x, b_1, ..., b_m)_0 of its first entry, the others held fixed.
 */
import type { Activation, Params } from '../../src/core/define.js';
import { linspace } from '../../src/core/grid.js';
import type { ValueSet } from '../../src/core/range.js';

/** f and f' of one real variable. */
export interface Scalar {
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
}

/** The entries held fixed when a vector function is scanned along its first entry. */
export const VECTOR_BASE = Array.from(linspace(-1, 1, 199));

export function scalar(a: Activation, p: Params): Scalar {
  if (a.kind === 'elementwise') return { f: (x) => a.f(x, p), df: (x) => a.df(x, p) };
  const at = (g: typeof a.f) => (x: number): number => {
    const out = new Float64Array(VECTOR_BASE.length + 1);
    g([x, ...VECTOR_BASE], p, out);
    return out[0];
  };
  return { f: at(a.f), df: at(a.df) };
}

/** Whole vectors for vector functions: ties, long vectors, huge spreads, random values. */
export function specialVectors(): number[][] {
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return [
    [0, 0],
    [0, 0, 0],
    [5, -5],
    [-1000, 0, 1000],
    new Array(10_000).fill(0),
    Array.from(linspace(-50, 50, 1001)),
    Array.from({ length: 100 }, () => 20 * random() - 10),
    Array.from({ length: 7 }, () => 1e-3 * random()),
  ];
}

/** The grid on which f, f' and f'' are compared between neighbours (step 1e-3, or 1e-2 for vectors). */
export function denseGrid(a: Activation): Float64Array {
  return linspace(-20, 20, a.kind === 'vector' ? 4001 : 40_001);
}

/** Far points ±10^k out to the largest doubles, and the infinities: the limits at ±∞. */
export function farPoints(): number[] {
  const out: number[] = [];
  for (let k = 1.3; k <= 308; k += 0.1) out.push(10 ** k, -(10 ** k));
  out.push(Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity);
  return out;
}

/** Points at and around each kink, and around 0. */
export function specialPoints(kinks: readonly number[]): number[] {
  const out = [0, 1e-300, -1e-300, 1e-10, -1e-10];
  for (const k of kinks) out.push(k, k - 1e-9, k + 1e-9, k - 1e-6, k + 1e-6);
  return out;
}

/** Where moderate x ends: inside it an open end of a range must not be reached, even by rounding. */
export const MODERATE = 8;

export interface Sample {
  readonly x: number;
  readonly v: number;
}

const tol = (e: number, rel: number): number => rel * Math.max(1, Math.abs(e));

/**
 * The value of `fn` closest to `target` near x0 (within ±0.01), by golden-section search on
 * |fn(x) - target|: an extremum between two grid points, found to the last digits.
 */
export function closestNear(fn: (x: number) => number, x0: number, target: number): number {
  const cost = (x: number): number => Math.abs(fn(x) - target);
  let lo = x0 - 0.01;
  let hi = x0 + 0.01;
  const r = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 120; i++) {
    const a = hi - r * (hi - lo);
    const b = lo + r * (hi - lo);
    if (cost(a) <= cost(b)) hi = b;
    else lo = a;
  }
  return [x0, lo, hi].map(fn).reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best));
}

/**
 * Everything wrong between a stated set and sampled values of `fn`, in words (empty when they
 * agree): a value outside the set (an open end may be reached only by rounding, at |x| > MODERATE),
 * a closed end not attained at some |x| ≤ MODERATE (to 1e-12 relative, after refining the nearest sample),
 * an open end attained all the same (the same refinement, away from the kinks, where an open end
 * can be approached as closely as doubles allow), an open end not approached (to 1e-3), an
 * infinite end not passed (±1e6), or a single value never taken. Samples of whole vectors carry
 * x = MODERATE (entries of moderate size) or x = Infinity (huge spreads, only checked for being
 * inside the closure).
 */
export function rangeProblems(set: ValueSet, samples: readonly Sample[], what: string, fn: (x: number) => number, kinks: readonly number[] = []): string[] {
  const problems: string[] = [];
  const CLOSE = 1e-12;
  for (const { x, v } of samples) {
    if (Number.isNaN(v)) {
      problems.push(`${what}(${x}) is NaN`);
      continue;
    }
    const strict = Math.abs(x) <= MODERATE;
    const inside = set.pieces.some((p) => {
      if (v === Infinity) return p.hi === Infinity;
      if (v === -Infinity) return p.lo === -Infinity;
      const aboveLo = p.loClosed || !strict ? v >= p.lo - tol(p.lo, CLOSE) : v > p.lo;
      const belowHi = p.hiClosed || !strict ? v <= p.hi + tol(p.hi, CLOSE) : v < p.hi;
      return aboveLo && belowHi;
    });
    if (!inside && problems.length < 10) problems.push(`${what}(${x}) = ${v} is outside the stated set`);
  }
  const finite = samples.filter((s) => !Number.isNaN(s.v));
  const moderate = finite.filter((s) => Math.abs(s.x) <= MODERATE);
  // within: how close counts as attained, relative (an end 0 is approached by 1e-28, not attained)
  const attainedAmong = (pool: readonly Sample[], end: number, within: number): boolean => {
    const nearest = pool.reduce((best, s) => (Math.abs(s.v - end) < Math.abs(best.v - end) ? s : best), pool[0]);
    if (nearest === undefined) return false;
    if (Math.abs(nearest.v - end) <= within) return true;
    return nearest.x !== MODERATE && Math.abs(closestNear(fn, nearest.x, end) - end) <= within;
  };
  const attained = (end: number): boolean => attainedAmong(moderate, end, CLOSE * Math.abs(end));
  const awayFromKinks = moderate.filter((s) => kinks.every((k) => Math.abs(s.x - k) > 0.02));
  const reaches = (end: number, closed: boolean, side: 'lo' | 'hi'): boolean => {
    if (end === -Infinity) return finite.some((s) => s.v <= -1e6);
    if (end === Infinity) return finite.some((s) => s.v >= 1e6);
    if (closed) return attained(end);
    return finite.some(({ v }) => Math.abs(v - end) <= tol(end, 1e-3) && (side === 'lo' ? v >= end - tol(end, CLOSE) : v <= end + tol(end, CLOSE)));
  };
  for (const p of set.pieces) {
    if (p.lo === p.hi) {
      if (!finite.some((s) => Math.abs(s.v - p.lo) <= tol(p.lo, CLOSE))) problems.push(`${what} never takes the value ${p.lo}`);
      continue;
    }
    if (!reaches(p.lo, p.loClosed, 'lo')) problems.push(`${what} never ${p.loClosed ? 'attains' : 'approaches'} the lower end ${p.lo} of a piece`);
    if (!reaches(p.hi, p.hiClosed, 'hi')) problems.push(`${what} never ${p.hiClosed ? 'attains' : 'approaches'} the upper end ${p.hi} of a piece`);
    for (const [end, closed] of [[p.lo, p.loClosed], [p.hi, p.hiClosed]] as const) {
      if (!closed && Number.isFinite(end) && attainedAmong(awayFromKinks, end, CLOSE * Math.abs(end))) problems.push(`${what} attains the open end ${end}`);
    }
  }
  return problems;
}

/** Indices i where q jumps between i and i+1: by more than 5% of its size (at least 0.05). */
export function jumps(q: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < q.length; i++) {
    const a = q[i];
    const b = q[i + 1];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (Math.abs(b - a) > 0.05 * Math.max(1, Math.abs(a), Math.abs(b))) out.push(i);
  }
  return out;
}

/** f, f' and the difference quotient of f' (≈ f'') on the dense grid. */
export function denseValues(s: Scalar, grid: Float64Array): { f: Float64Array; df: Float64Array; d2: Float64Array } {
  const f = grid.map(s.f);
  const df = grid.map(s.df);
  const d2 = new Float64Array(grid.length - 1);
  for (let i = 0; i + 1 < grid.length; i++) d2[i] = (df[i + 1] - df[i]) / (grid[i + 1] - grid[i]);
  return { f, df, d2 };
}

/** The order k of continuity C^k seen on the grid: -1 if f jumps, 0 if f' does, 1 if f'' does, else ∞. */
export function measuredContinuity(values: { f: Float64Array; df: Float64Array; d2: Float64Array }): number {
  if (jumps(values.f).length) return -1;
  if (jumps(values.df).length) return 0;
  if (jumps(values.d2).length) return 1;
  return Infinity;
}
