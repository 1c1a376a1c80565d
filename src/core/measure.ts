/**
 * Facts about a function that nobody declared (a user expression), measured on samples: the range
 * of f and f', and the properties. They are estimates from a dense grid on [-20, 20] and points out
 * to ±1e308, and `act info` says so; the catalog's facts are declared and checked by the tests.
 */
import type { Properties } from './define.js';
import { linspace } from './grid.js';
import type { Interval, ValueSet } from './range.js';

export interface Scalar {
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
}

/** The dense grid on [-20, 20], made on first use: importing this module does no work. */
let denseGrid: Float64Array | undefined;
const denseGridPoints = (): Float64Array => (denseGrid ??= linspace(-20, 20, 4001));
const FAR = [1e1, 1e2, 1e4, 1e8, 1e16, 1e32, 1e64, 1e128, 1e256, Number.MAX_VALUE].flatMap((v) => [v, -v]);

/**
 * The smallest interval holding every sample. An end is closed when a grid point (|x| ≤ 20)
 * attains it; one reached only far out (sigmoid(100) rounds to 1) or in the limit is open.
 */
export function measuredRange(g: (x: number) => number): ValueSet {
  let lo = Infinity;
  let hi = -Infinity;
  let loAtFinite = false;
  let hiAtFinite = false;
  const visit = (x: number, atFinite: boolean): void => {
    const v = g(x);
    if (Number.isNaN(v)) return;
    if (v < lo || (v === lo && atFinite)) [lo, loAtFinite] = [v, atFinite || (v === lo && loAtFinite)];
    if (v > hi || (v === hi && atFinite)) [hi, hiAtFinite] = [v, atFinite || (v === hi && hiAtFinite)];
  };
  const xs = denseGridPoints();
  for (const x of xs) visit(x, true);
  // Between grid points the extremes are refined (golden-section search on the neighbours).
  for (const sign of [1, -1]) {
    let best = 0;
    for (let i = 1; i < xs.length; i++) if (sign * g(xs[i]) > sign * g(xs[best])) best = i;
    if (best > 0 && best < xs.length - 1) {
      const x = extremum((x) => sign * g(x), xs[best - 1], xs[best + 1]);
      // the search ran into a neighbour where g is infinite: a pole, so g is unbounded that way (1/x's -∞ left of 0, where 1/0 is +∞)
      const pole = [xs[best - 1], xs[best + 1]].find((end) => Math.abs(g(end)) === Infinity && Math.abs(x - end) < 1e-9 * (xs[best + 1] - xs[best - 1]));
      if (pole === undefined) visit(x, true);
      else if (sign > 0) [hi, hiAtFinite] = [Infinity, false];
      else [lo, loAtFinite] = [-Infinity, false];
    }
  }
  for (const x of FAR) visit(x, false);
  visit(Infinity, false);
  visit(-Infinity, false);
  if (lo > hi) return { pieces: [] };
  // Values beyond ±1e300 are taken as unbounded.
  const piece: Interval = {
    lo: lo < -1e300 ? -Infinity : lo,
    hi: hi > 1e300 ? Infinity : hi,
    loClosed: loAtFinite && lo >= -1e300,
    hiClosed: hiAtFinite && hi <= 1e300,
  };
  return { pieces: [piece], note: 'measured on samples' };
}

/** The x in [a, b] where h is largest, for h with one peak there. */
function extremum(h: (x: number) => number, a: number, b: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (h(c) >= h(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/** A change from a to b big enough to be a jump: more than 5% of their size (at least 0.05). */
const bigStep = (a: number, b: number): boolean => Math.abs(b - a) > 0.05 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether g jumps in [a, b], where its change is big: the interval is halved towards its larger
 * change until it is a few ulps wide. A jump keeps its size however narrow the interval; the change
 * of a continuous g shrinks with it (sin(10x) changes by 0.1 between grid points, and jumps nowhere).
 */
function stepStays(g: (x: number) => number, a: number, b: number, ga: number, gb: number): boolean {
  for (let i = 0; i < 64 && b - a > 4 * Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b)); i++) {
    const m = a + (b - a) / 2;
    const gm = g(m);
    if (Number.isNaN(gm)) return false; // a hole in the domain, not a jump
    if (!Number.isFinite(gm)) return true; // a pole inside
    if (Math.abs(gm - ga) >= Math.abs(gb - gm)) [b, gb] = [m, gm];
    else [a, ga] = [m, gm];
    if (!bigStep(ga, gb)) return false;
  }
  return true;
}

/** Whether g, sampled as q on the grid xs, jumps: between grid points, or at a pole (1/x at 0, infinite between finite neighbours). */
function jumps(g: (x: number) => number, xs: Float64Array, q: ArrayLike<number>): boolean {
  for (let i = 0; i + 1 < xs.length; i++) {
    const a = q[i];
    const b = q[i + 1];
    if (i > 0 && Math.abs(a) === Infinity && Number.isFinite(q[i - 1]) && Number.isFinite(b)) return true;
    if (Number.isFinite(a) && Number.isFinite(b) && bigStep(a, b) && stepStays(g, xs[i], xs[i + 1], a, b)) return true;
  }
  return false;
}

/** The slope of g over [a, b]. */
const slope = (g: (x: number) => number, a: number, b: number): number => (g(b) - g(a)) / (b - a);

/**
 * Whether g (f') has a corner in [a, b], where its slope changes a lot (f'' jumps): the slopes over
 * the interval's quarters are compared, and it is narrowed to the half where they change most, down
 * to a width at which f' still has digits to spare. At a corner the change of slope keeps its size;
 * for a smooth g it shrinks with the width (x^3's f'' = 6x changes by 0.06 between grid points).
 */
function cornerStays(g: (x: number) => number, a: number, b: number): boolean {
  const narrowest = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  for (let i = 0; i < 64 && b - a > narrowest; i++) {
    const [q1, m, q3] = [a + (b - a) / 4, a + (b - a) / 2, a + (3 * (b - a)) / 4];
    const s = [slope(g, a, q1), slope(g, q1, m), slope(g, m, q3), slope(g, q3, b)];
    if (!s.every(Number.isFinite)) return false;
    const change = [Math.abs(s[1] - s[0]), Math.abs(s[2] - s[1]), Math.abs(s[3] - s[2])];
    const most = change.indexOf(Math.max(...change));
    if (!bigStep(s[most], s[most + 1])) return false;
    [a, b] = most === 0 ? [a, m] : most === 1 ? [q1, q3] : [m, b];
  }
  return true;
}

/** Whether f' has a corner (f'' jumps): where the grid's slopes of f' change a lot, checked by cornerStays. */
function cornered(df: (x: number) => number, xs: Float64Array, d2: ArrayLike<number>): boolean {
  for (let i = 0; i + 1 < d2.length; i++) {
    if (Number.isFinite(d2[i]) && Number.isFinite(d2[i + 1]) && bigStep(d2[i], d2[i + 1]) && cornerStays(df, xs[i], xs[i + 2])) return true;
  }
  return false;
}

/** Whether the finite samples never go down (sign 1) or never go up (sign -1): a pole's jump (1/x) breaks it though f' keeps its sign. */
function samplesMonotonic(q: ArrayLike<number>, sign: 1 | -1): boolean {
  let last = -Infinity;
  for (let i = 0; i < q.length; i++) {
    if (!Number.isFinite(q[i])) continue;
    if (sign * q[i] < last) return false;
    last = sign * q[i];
  }
  return true;
}

/** f' only where f is defined: log(x)'s dual numbers give 1/x for x < 0 too, where log is NaN. */
export const definedDerivative = (s: Scalar) => (x: number): number => (Number.isNaN(s.f(x)) ? NaN : s.df(x));

/** The properties, read off samples. `smooth`: the expression uses no operation with a corner. */
export function measuredProperties(scalar: Scalar, smooth: boolean): Properties {
  const s: Scalar = { f: scalar.f, df: definedDerivative(scalar) };
  const xs = denseGridPoints();
  const f = xs.map(s.f);
  // f' where f is defined (definedDerivative), from the f just sampled rather than evaluating f again
  const df = xs.map((x, i) => (Number.isNaN(f[i]) ? NaN : scalar.df(x)));
  const d2 = df.subarray(1).map((v, i) => (v - df[i]) / (xs[i + 1] - xs[i]));
  const continuity = jumps(s.f, xs, f) ? -1 : jumps(s.df, xs, df) ? 0 : cornered(s.df, xs, d2) ? 1 : smooth ? Infinity : 1;
  const slopes = [...df, ...FAR.map(s.df)].filter((v) => !Number.isNaN(v));
  const monotonic = slopes.every((v) => v >= 0) && samplesMonotonic(f, 1) ? 'increasing' : slopes.every((v) => v <= 0) && samplesMonotonic(f, -1) ? 'decreasing' : 'no';
  const f0 = s.f(0);
  const zeroCentred = f0 === 0 && f.some((v) => v < 0) && f.some((v) => v > 0);
  const flat = (x: number): boolean => Math.abs(s.df(x)) < 1e-6 && Math.abs(s.df(x * 10)) < 1e-6;
  const left = flat(-1e4);
  const right = flat(1e4);
  const saturates = left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
  const nearIdentity = f0 === 0 && Math.abs(s.df(0) - 1) < 1e-9 && Math.abs(s.df(1e-6) - 1) < 1e-5 && Math.abs(s.df(-1e-6) - 1) < 1e-5;
  // A gate g = f/x rising from 0 to 1, below 1 somewhere on x > 0.
  const gate = (x: number): number => s.f(x) / x;
  const gateRises = Math.abs(gate(-1e4)) < 1e-6 && Math.abs(gate(1e4) - 1) < 1e-6 && gate(0.5) < 1 - 1e-9;
  return { monotonic, continuity, zeroCentred, saturates, selfGated: gateRises, nearIdentity };
}
