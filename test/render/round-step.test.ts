/** One round-step function for tick steps (1, 2, 5) and values' resolution (1, 2, 2.5, 5): it was two, roundStep and niceStep. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundStep, TICK_MANTISSAS, VALUE_MANTISSAS } from '../../src/render/round-step.js';

/** The least of every m × 10^k near raw that is at least raw: the definition, by brute force. */
function leastAtLeast(raw: number, mantissas: readonly number[]): number {
  const k = Math.floor(Math.log10(raw));
  const candidates: number[] = [];
  for (let power = k - 2; power <= k + 2; power++) for (const m of mantissas) candidates.push(Number(`${m}e${power}`));
  const fit = candidates.filter((c) => c >= raw * (1 - 1e-12));
  return Math.min(Math.min(...fit), Number.MAX_VALUE);
}

/** niceStep as it was (src/render/ascii/numbers.ts before the two became one), to show what changed. */
function formerNiceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  if (!Number.isFinite(raw)) return Number.MAX_VALUE;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return Math.min(m * power, Number.MAX_VALUE);
  return Math.min(10 * power, Number.MAX_VALUE);
}

const anyPositive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
const sets: [string, readonly number[]][] = [
  ['ticks: 1, 2, 5', TICK_MANTISSAS],
  ['values: 1, 2, 2.5, 5', VALUE_MANTISSAS],
];

describe('roundStep', () => {
  it('rounds up to 1, 2 or 5 (ticks), or 1, 2, 2.5 or 5 (values) times a power of ten', () => {
    const raws = [1.12, 0.84, 0.143, 2.4, 3, 7, 1.3e-7, 20, 1e300, 2.5];
    expect(raws.map((r) => roundStep(r))).toEqual([2, 1, 0.2, 5, 5, 10, 2e-7, 20, 1e300, 5]);
    expect(raws.map((r) => roundStep(r, VALUE_MANTISSAS))).toEqual([2, 1, 0.2, 2.5, 5, 10, 2e-7, 20, 1e300, 2.5]);
  });

  it('stays finite at the top of the doubles, and takes 1 for no step', () => {
    for (const [, mantissas] of sets) {
      expect(roundStep(Number.MAX_VALUE, mantissas)).toBe(Number.MAX_VALUE);
      expect(roundStep(Infinity, mantissas)).toBe(Number.MAX_VALUE);
      expect(roundStep(0, mantissas)).toBe(1);
      expect(roundStep(-3, mantissas)).toBe(1);
    }
  });

  for (const [name, mantissas] of sets) {
    it(`is the least m × 10^k at least the raw step, as its decimal text reads, over every positive double (${name}; fast-check)`, () => {
      fc.assert(
        fc.property(anyPositive, (raw) => {
          const s = roundStep(raw, mantissas);
          expect(s).toBe(leastAtLeast(raw, mantissas));
          expect(s).toBeGreaterThanOrEqual(raw * (1 - 1e-12));
          if (raw < 1e307) expect(s).toBeLessThan((mantissas.length > 3 ? 2 : 2.5) * raw * (1 + 1e-12));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('for values, it is the former niceStep but for its rounding: 10 ** k × m was a few ulps off, and wrong among subnormals (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (raw) => {
        const [now, before] = [roundStep(raw, VALUE_MANTISSAS), formerNiceStep(raw)];
        expect(Math.abs(now - before) / now).toBeLessThan(1e-15);
      }),
      { numRuns: 2000 },
    );
    expect(formerNiceStep(1e259 * 0.8344751429089367)).not.toBe(1e259); // the former's 1.0000000000000001e+259
    expect(roundStep(1e259 * 0.8344751429089367, VALUE_MANTISSAS)).toBe(1e259);
    expect(formerNiceStep(2.5e-319)).not.toBe(2.5e-319); // the former's 4.99994e-319: twice the step
    expect(roundStep(2.5e-319, VALUE_MANTISSAS)).toBe(2.5e-319);
  });
});
