/**
 * src/core/exp.ts against e^x from mpmath (test/fixtures/exp.csv: e^x as a double-double, so that
 * errors are measured in fractions of an ulp) and against Math.exp.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp } from '../../src/core/exp.js';

interface ExactExp {
  readonly x: number;
  readonly hi: number;
  readonly lo: number;
}

const rows: ExactExp[] = readFileSync(new URL('../fixtures/exp.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [x, hi, lo] = line.split(',').map(Number);
    return { x, hi, lo };
  });

const bits = new Float64Array(1);
const ints = new BigInt64Array(bits.buffer);

/** The gap from |v| to the next double up: an ulp of v (5e-324 at 0 and among subnormals). */
function ulp(v: number): number {
  bits[0] = Math.abs(v);
  ints[0] += 1n;
  return bits[0] - Math.abs(v);
}

/** How many doubles apart a and b are (both finite, same sign). */
function stepsApart(a: number, b: number): number {
  bits[0] = a;
  const ia = ints[0];
  bits[0] = b;
  const d = ints[0] - ia;
  return Number(d < 0n ? -d : d);
}

/** |got - (hi + lo)| in ulps of hi: got - hi is exact, as the two are a few ulps apart at most. */
const ulpError = (got: number, r: ExactExp): number => Math.abs(got - r.hi - r.lo) / ulp(r.hi);

/** "exact, else within tolerance": a line per miss naming x, got, want and the error. */
function misses(selected: readonly ExactExp[], tolerance: number): string[] {
  return selected
    .map((r) => ({ r, got: exp(r.x), err: ulpError(exp(r.x), r) }))
    .filter(({ got, r, err }) => got !== r.hi && !(err <= tolerance))
    .map(({ r, got, err }) => `exp(${r.x}): got ${got}, want ${r.hi} (+ ${r.lo}), error ${err.toFixed(3)} ulp`);
}

const tableRange = rows.filter((r) => r.x > -700 && r.x < 709);
const outside = rows.filter((r) => !(r.x > -700 && r.x < 709));

describe('exp', () => {
  it('checks enough of both ranges to mean something', () => {
    expect(tableRange.length).toBeGreaterThan(4000);
    expect(outside.length).toBeGreaterThan(200);
  });

  it('is within 0.52 ulp of e^x on (-700, 709), where it uses its table', () => {
    const fails = misses(tableRange, 0.52);
    expect(fails, fails.slice(0, 20).join('\n')).toEqual([]);
  });

  it('rounds correctly for all but a few results in a thousand there', () => {
    const misrounded = tableRange.filter((r) => exp(r.x) !== r.hi).length;
    expect(misrounded / tableRange.length).toBeLessThan(0.003);
  });

  it('is Math.exp outside that range, within an ulp of e^x, subnormal results included', () => {
    const fails = misses(outside, 1);
    expect(fails, fails.slice(0, 20).join('\n')).toEqual([]);
    const notMathExp = outside.filter((r) => !Object.is(exp(r.x), Math.exp(r.x))).map((r) => r.x);
    expect(notMathExp).toEqual([]);
  });

  it('gives the special values', () => {
    expect(exp(NaN)).toBeNaN();
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(5e-324)).toBe(1);
    expect(exp(709.79)).toBe(Infinity);
    expect(exp(-745.2)).toBe(0);
    expect(exp(1)).toBe(Math.E);
  });

  it('is at most one double away from Math.exp anywhere (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: -746, max: 710, noNaN: true }), (x) => {
        const got = exp(x);
        const want = Math.exp(x);
        return got === want || stepsApart(got, want) <= 1;
      }),
      { numRuns: 20000 },
    );
  });
});
