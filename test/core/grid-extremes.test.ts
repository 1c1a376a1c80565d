/** Grid points near the largest doubles stay inside the range (counterexamples fast-check found). */
import { describe, expect, it } from 'vitest';
import { gridPoint } from '../../src/core/grid.js';

describe('gridPoint near ±MAX_VALUE', () => {
  it('stays within [from, to] where the scaled weighted mean rounds outside', () => {
    const cases: [number, number, number][] = [
      [-1.7976931348620724e308, -1.7976931348620722e308, 553741],
      [1.7976931348623151e308, 1.7976931348623151e308, 25],
    ];
    for (const [from, to, n] of cases) {
      for (const i of [1, 2, Math.floor(n / 2), n - 2]) {
        const x = gridPoint(from, to, n, i);
        expect(x, `${from} ${to} ${n} ${i}`).toBeGreaterThanOrEqual(from);
        expect(x, `${from} ${to} ${n} ${i}`).toBeLessThanOrEqual(to);
      }
    }
  });
});

describe('gridPoint on a range of one value', () => {
  it('gives that value, where the weighted mean rounds an ulp away', () => {
    expect(gridPoint(0.1, 0.1, 4, 1)).toBe(0.1);
    expect(gridPoint(-3.890219130867402e300, -3.890219130867402e300, 40343651, 19)).toBe(-3.890219130867402e300);
  });
});
