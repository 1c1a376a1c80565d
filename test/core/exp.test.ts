/**
 * src/core/exp.ts against e^x from mpmath (test/fixtures/ulp.csv: e^x as a double-double, so that
 * errors are measured in fractions of an ulp) and against Math.exp.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp } from '../../src/core/exp.js';
import { readExactValues, stepsApart, ulpMisses } from '../helpers/ulp.js';

const rows = readExactValues('exp');
const misses = (selected: typeof rows, tolerance: number): string[] => ulpMisses('exp', exp, selected, tolerance);

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
