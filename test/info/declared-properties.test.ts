/**
 * Every property flag of every declaration (defaults and parameter variants) agrees with what a
 * numeric scan of f and f' shows, and the declared kinks are exactly where f or f' jumps.
 */
import { describe, expect, it } from 'vitest';
import { propertiesOf, type Properties } from '../../src/core/define.js';
import { denseGrid, denseValues, farPoints, jumps, measuredContinuity, scalar, type Scalar } from '../helpers/scan.js';
import { cases } from '../helpers/variants.js';

const SLACK = 1e-12;

function measuredMonotonic(xs: readonly number[], s: Scalar): Properties['monotonic'] {
  const f = xs.map(s.f);
  const df = xs.map(s.df);
  const step = (i: number): number => f[i + 1] - f[i];
  const slack = (i: number): number => SLACK * Math.max(1, Math.abs(f[i]));
  let rises = true;
  let falls = true;
  for (let i = 0; i + 1 < xs.length; i++) {
    if (!Number.isFinite(f[i]) || !Number.isFinite(f[i + 1])) continue;
    if (step(i) < -slack(i)) rises = false;
    if (step(i) > slack(i)) falls = false;
  }
  if (df.some((d) => d < -SLACK)) rises = false;
  if (df.some((d) => d > SLACK)) falls = false;
  return rises ? 'increasing' : falls ? 'decreasing' : 'no';
}

/** f' → 0 as x → ±∞, read at |x| = 1e4 and 1e8 (the two must agree, else the test says so). */
function measuredSaturation(s: Scalar): Properties['saturates'] {
  const side = (sign: 1 | -1): boolean => {
    const near = [1e4, 1e8].map((r) => Math.abs(s.df(sign * r)) <= 1e-6);
    const far = [1e4, 1e8].map((r) => Math.abs(s.df(sign * r)) >= 1e-3);
    if (!near.every(Boolean) && !far.every(Boolean)) throw new Error(`f' at ${sign > 0 ? '+' : '-'}1e4 and 1e8 neither clearly 0 nor clearly not`);
    return near.every(Boolean);
  };
  const left = side(-1);
  const right = side(1);
  return left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
}

function measuredZeroCentred(xs: readonly number[], s: Scalar): boolean {
  const f = xs.map(s.f);
  return s.f(0) === 0 && f.some((v) => v > 0) && f.some((v) => v < 0);
}

/** The gate g = f(x)/x: within [0, 1], non-decreasing, continuous, from 0 to 1, below 1 somewhere on x > 0. */
function measuredSelfGated(grid: Float64Array, s: Scalar): boolean {
  const xs = [...grid.filter((x) => Math.abs(x) > 1e-6), 1e3, -1e3, 1e6, -1e6].sort((a, b) => a - b);
  const g = xs.map((x) => s.f(x) / x);
  const inUnit = g.every((v) => v >= -SLACK && v <= 1 + SLACK);
  const rising = g.every((v, i) => i === 0 || v >= g[i - 1] - SLACK);
  const continuous = jumps(g).length === 0;
  const limits = s.f(-1e3) / -1e3 <= 1e-6 && s.f(1e3) / 1e3 >= 1 - 1e-6;
  const gatesPositive = xs.some((x, i) => x > 0 && g[i] < 1 - 1e-3);
  return inUnit && rising && continuous && limits && gatesPositive;
}

function measuredNearIdentity(s: Scalar): boolean {
  return Math.abs(s.f(0)) <= 1e-300 && [-1e-6, 0, 1e-6].every((x) => Math.abs(s.df(x) - 1) <= 1e-5);
}

describe('stated properties against a numeric scan', () => {
  for (const c of cases()) {
    it(`${c.label}: every property`, () => {
      const a = c.activation;
      const s = scalar(a, c.params);
      const grid = denseGrid(a);
      const scan = [...grid, ...farPoints().filter(Number.isFinite)].sort((p, q) => p - q);
      const values = denseValues(s, grid);
      const measured: Properties = {
        monotonic: measuredMonotonic(scan, s),
        continuity: measuredContinuity(values),
        zeroCentred: measuredZeroCentred(scan, s),
        saturates: measuredSaturation(s),
        selfGated: measuredSelfGated(grid, s),
        nearIdentity: measuredNearIdentity(s),
      };
      expect(measured).toEqual(propertiesOf(a, c.params));
    });

    if (c.activation.kind === 'elementwise') {
      it(`${c.label}: the kinks are where f or f' jumps`, () => {
        const a = c.activation;
        const grid = denseGrid(a);
        const values = denseValues(scalar(a, c.params), grid);
        const jumpAt = [...new Set([...jumps(values.f), ...jumps(values.df)])].sort((p, q) => p - q);
        const kinks = a.kinks(c.params);
        for (const i of jumpAt) {
          expect(kinks.some((k) => k >= grid[i] && k <= grid[i + 1]), `a jump between ${grid[i]} and ${grid[i + 1]} is a declared kink`).toBe(true);
        }
        for (const k of kinks) {
          expect(jumpAt.some((i) => k >= grid[i] && k <= grid[i + 1]), `f or f' jumps at the kink ${k}`).toBe(true);
        }
      });
    }
  }
});
