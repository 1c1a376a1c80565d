import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTick, formatValue } from '../../../src/render/ascii/numbers.js';
import { roundStep, VALUE_MANTISSAS } from '../../../src/render/round-step.js';

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
        const step = roundStep(raw, VALUE_MANTISSAS);
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
