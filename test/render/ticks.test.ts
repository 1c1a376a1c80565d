import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelValue } from '../helpers/axis-label.js';
import { roundStep } from '../../src/render/round-step.js';
import { LONG_LABEL, linearTicks, logTicks, stepLabels } from '../../src/render/ticks.js';

describe('linearTicks', () => {
  it('labels 0 to 3 in one step, with no end off the step', () => {
    expect(linearTicks(0, 3, 0.7).labels).toEqual(['0', '1', '2', '3']);
    expect(linearTicks(-0.5, 5, 1.5).labels).toEqual(['0', '2', '4']);
    expect(linearTicks(-800, 800, 300).labels).toEqual(['-500', '0', '500']);
  });

  it('keeps one notation on an axis', () => {
    expect(linearTicks(0, 1.6e6, 3e5).labels).toEqual(['0', '5e5', '1e6', '1.5e6']);
    expect(linearTicks(0, 3e-5, 1e-5).labels).toEqual(['0', '1e-5', '2e-5', '3e-5']);
  });

  it('shows an offset or a multiplier once where labels would be long', () => {
    const far = linearTicks(1e15, 1.0000000001e15, 2e4);
    expect(far.note).toBe('+1e15');
    expect(far.labels).toEqual(['0', '20000', '40000', '60000', '80000', '100000']);
    const small = linearTicks(1.2345e-10, 1.2346e-10, 2e-15);
    expect(small.note).toMatch(/×1e-10|\+/);
    expect(Math.max(...small.labels.map((l) => l.length))).toBeLessThanOrEqual(LONG_LABEL);
  });

  it('over random ranges and sizes: uniform steps, within the axis, distinct, not wider than the label column', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.double({ min: -12, max: 12, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        (lo, spanExponent, count) => {
          const span = Math.max(10 ** spanExponent, Math.abs(lo) * 1e-12);
          const hi = lo + span;
          fc.pre(hi > lo);
          const t = linearTicks(lo, hi, span / count);
          // a range at least a step long holds a multiple of it; a shorter one, between two
          // multiples, may hold none (the step, 1, 2 or 5 times a power of ten, can be up to 2.5
          // times span / count: 5 for a span of 4.27 in two)
          if (t.step <= hi - lo) expect(t.values.length).toBeGreaterThanOrEqual(1);
          else expect(t.values.length).toBeLessThanOrEqual(1);
          expect(t.values.length).toBe(t.labels.length);
          // uniform: each value a whole number of steps from the first, one step apart
          for (let i = 1; i < t.values.length; i++) {
            expect(Math.abs(t.values[i] - t.values[i - 1] - t.step)).toBeLessThanOrEqual(t.step * 1e-6 + Math.abs(t.values[i]) * 4e-16);
          }
          for (const v of t.values) {
            expect(v).toBeGreaterThanOrEqual(lo - t.step * 1e-6);
            expect(v).toBeLessThanOrEqual(hi + t.step * 1e-6);
          }
          expect(new Set(t.labels).size).toBe(t.labels.length);
          for (const label of t.labels) expect(label.length).toBeLessThanOrEqual(LONG_LABEL);
          // labels read back as their values, to within a hundredth of a step
          t.labels.forEach((label, i) => expect(Math.abs(labelValue(label, t.note) - t.values[i])).toBeLessThanOrEqual(t.step / 100 + Math.abs(t.values[i]) * 1e-15));
        },
      ),
      // 4265162583570.0005 to ...574.2657 by a step of 5: no multiple inside (random draws: 1 in
      // 1 000 000, about one 500-run run in 2000)
      // and 28 ticks of 5e-7 just past -12469282.895, whose offset labels were 0.0000995 to 0.0001135
      // (9 characters) before stepLabels tried exponents last: once in some 500 000 random draws
      { numRuns: 500, examples: [[4265162583570.0005, 0, 2], [-12469282.895000499, -4.853871964321328, 28]] },
    );
  });

  it('writes an offset axis whose plain labels would be too long in exponents: 1.135e-4, not 0.0001135', () => {
    const t = linearTicks(-12469282.895000499, -12469282.8949865, 5e-7);
    expect(t.note).toBe('-1.24692828951e7');
    expect(t.labels.slice(0, 3)).toEqual(['9.95e-5', '1e-4', '1.005e-4']);
    expect(t.labels.at(-1)).toBe('1.135e-4');
    for (const label of t.labels) expect(label.length).toBeLessThanOrEqual(LONG_LABEL);
    // where plain labels fit, they stay plain
    expect(linearTicks(0, 0.0012, 0.0005).labels).toEqual(['0', '0.0005', '0.001']);
  });

  it('gives no tick to a range shorter than its step that falls between two multiples', () => {
    expect(linearTicks(4265162583570.0005, 4265162583574.2656, 2.1325812917850005)).toMatchObject({ values: [], labels: [], step: 5 });
    expect(linearTicks(4265162583570, 4265162583574.2656, 2.1325812917850005).values).toEqual([4265162583570]);
  });

  it('one notation per axis on any range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), fc.integer({ min: 2, max: 30 }), (hi, count) => {
        const { labels } = stepLabels(linearTicks(0, hi, hi / count).values, roundStep(hi / count));
        const exponents = labels.filter((l) => l !== '0').map((l) => l.includes('e'));
        expect(new Set(exponents).size).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('logTicks', () => {
  it('labels two decades at least where a coarse stride would label one: 1e-4, 0.01, 1 on 4.5e-5 to 10 (not 5 alone, a linear axis\'s label)', () => {
    const t = logTicks(4.5e-5, 10, 2.14);
    expect(t.values.length).toBeGreaterThanOrEqual(2);
    expect(t.values.every((v) => Number.isInteger(Math.log10(v)))).toBe(true);
    expect(t.labels).toEqual(['0.0001', '0.01', '1']);
  });

  it('labels decades, and 2 and 5 where there is room', () => {
    expect(logTicks(2e-9, 4.8e8, 1).labels).toEqual(['1e-8', '1e-7', '1e-6', '1e-5', '1e-4', '1e-3', '1e-2', '1e-1', '1e0', '1e1', '1e2', '1e3', '1e4', '1e5', '1e6', '1e7', '1e8']);
    expect(logTicks(2e-9, 4.8e8, 3).labels).toEqual(['1e-5', '1e0', '1e5']);
    expect(logTicks(0.5, 300, 0.2).labels).toEqual(['0.5', '1', '2', '5', '10', '20', '50', '100', '200']);
  });

  it('keeps to the axis, in ascending order, with distinct labels', () => {
    // logTicks takes an end within a billionth of a decade of a power of ten as reaching it (so
    // that ends computed as 10 ** x still get their decade): a tick may lie that far outside, a
    // factor of 10 ** 1e-9 = 1 + 2.3e-9, give or take log10's rounding; no further
    const snap = 10 ** 1e-9 * (1 + 1e-12);
    fc.assert(
      fc.property(fc.double({ min: -300, max: 290, noNaN: true }), fc.double({ min: 0.05, max: 300, noNaN: true }), fc.double({ min: 0.05, max: 50, noNaN: true }), (a, decades, gap) => {
        const lo = 10 ** a;
        const hi = 10 ** Math.min(307, a + decades);
        fc.pre(hi > lo * 1.001);
        const t = logTicks(lo, hi, gap);
        for (const v of t.values) {
          expect(v).toBeGreaterThanOrEqual(lo / snap);
          expect(v).toBeLessThanOrEqual(hi * snap);
        }
        for (let i = 1; i < t.values.length; i++) expect(t.values[i]).toBeGreaterThan(t.values[i - 1]);
        expect(new Set(t.labels).size).toBe(t.labels.length);
      }),
      // an axis 1.3e-9 decades short of 10 (a tick at 10, 2.3e-9 beyond it) and one as far past
      // 1 at its low end: random draws reached the first about once in 60 runs of 100
      {
        examples: [
          [1.9602514056416e-10, 0.9999999988039748, 0.30102999566398125],
          [5e-10, 1.5, 0.30102999566398125],
        ],
      },
    );
  });

  it('puts no tick further outside the axis than a billionth of a decade', () => {
    // the tolerance above is no wider than logTicks' own: an end 2e-9 decades short of 10 gets no tick at 10
    expect(logTicks(0.05, 10 ** (1 - 5e-10), 0.30103).values).toEqual([0.1, 1, 10]);
    expect(logTicks(0.05, 10 ** (1 - 2e-9), 0.30103).values).toEqual([0.1, 1]);
  });
});
