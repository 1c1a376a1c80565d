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
    if (best > 0 && best < xs.length - 1) visit(extremum((x) => sign * g(x), xs[best - 1], xs[best + 1]), true);
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

/** Whether q jumps between neighbours: by more than 5% of its size (at least 0.05). */
function jumps(q: ArrayLike<number>): boolean {
  for (let i = 0; i + 1 < q.length; i++) {
    const a = q[i];
    const b = q[i + 1];
    if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(b - a) > 0.05 * Math.max(1, Math.abs(a), Math.abs(b))) return true;
  }
  return false;
}

/** The properties, read off samples. `smooth`: the expression uses no operation with a corner. */
export function measuredProperties(s: Scalar, smooth: boolean): Properties {
  const xs = denseGridPoints();
  const f = xs.map(s.f);
  const df = xs.map(s.df);
  const d2 = df.subarray(1).map((v, i) => (v - df[i]) / (xs[i + 1] - xs[i]));
  const continuity = jumps(f) ? -1 : jumps(df) ? 0 : jumps(d2) ? 1 : smooth ? Infinity : 1;
  const slopes = [...df, ...FAR.map(s.df)].filter((v) => !Number.isNaN(v));
  const monotonic = slopes.every((v) => v >= 0) ? 'increasing' : slopes.every((v) => v <= 0) ? 'decreasing' : 'no';
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
