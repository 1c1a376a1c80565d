import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTick, formatValue, niceStep } from '../../../src/render/ascii/numbers.js';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([1.12, 0.84, 0.143, 2.4, 3, 7, 1.3e-7, 20, 1e300].map(niceStep)).toEqual([2, 1, 0.2, 2.5, 5, 10, 2e-7, 20, 1e300]);
  });

  it('stays finite at the top of the doubles', () => {
    expect(niceStep(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(niceStep(Infinity)).toBe(Number.MAX_VALUE);
    expect(niceStep(0)).toBe(1);
  });

  it('is at least the raw step and less than twice it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-290, max: 1e290, noNaN: true }), (raw) => {
        const s = niceStep(raw);
        expect(s).toBeGreaterThanOrEqual(raw * (1 - 1e-12));
        expect(s).toBeLessThan(2 * raw);
      }),
    );
  });
});

describe('formatTick', () => {
  it('writes multiples of a round step shortly', () => {
    const cases: [number, number, string][] = [
      [0.5, 0.1, '0.5'],
      [2.5, 2.5, '2.5'],
      [-7.5, 2.5, '-7.5'],
      [5, 2.5, '5'],
      [0.1 + 0.2, 0.1, '0.3'],
      [1e6, 5e5, '1e6'],
      [1.5e6, 5e5, '1.5e6'],
      [2e-7, 1e-7, '2e-7'],
      [7.5e-7, 2.5e-7, '7.5e-7'],
      [1.0000002, 2e-7, '1.0000002'],
      [0, 1, '0'],
      [-0, 1, '0'],
      [1e-17, 0.1, '0'],
      [-250000, 50000, '-250000'],
    ];
    for (const [v, step, text] of cases) expect(formatTick(v, step), `${v} by ${step}`).toBe(text);
  });

  it('tells neighbouring ticks apart and reads back to within a hundredth of a step', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-200, max: 1e200, noNaN: true }), fc.integer({ min: -1000, max: 1000 }), (raw, k) => {
        const step = niceStep(raw);
        const a = formatTick(k * step, step);
        const b = formatTick((k + 1) * step, step);
        expect(a).not.toBe(b);
        expect(Math.abs(Number(a) - k * step)).toBeLessThanOrEqual(step / 100);
      }),
    );
  });
});

describe('formatValue', () => {
  it('keeps a value as given when short, in exponent form where ticks would use it', () => {
    const cases: [number, string][] = [
      [-5, '-5'],
      [1.000001, '1.000001'],
      [1e-6, '1e-6'],
      [1000000, '1e6'],
      [-1e308, '-1e308'],
      [0.1 + 0.2, '0.3'],
      [123456.789, '123457'],
      [Number.MAX_VALUE, '1.79769e308'],
      [0, '0'],
    ];
    for (const [v, text] of cases) expect(formatValue(v), String(v)).toBe(text);
  });
});
