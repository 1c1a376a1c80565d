/** The benchmark behind `act table --cost`: it runs every kind of function and reports positive times. */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/define.js';
import { findActivation } from '../../src/activations/lookup.js';
import { benchInputs, measureCosts } from '../../src/info/cost.js';

describe('cost benchmark', () => {
  it('inputs lie in the usual range, in a fixed order that is not sorted', () => {
    const relu6 = findActivation('relu6')!;
    const xs = benchInputs(relu6, 1000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(relu6.defaultRange[0]);
    expect(Math.max(...xs)).toBeLessThan(relu6.defaultRange[1]);
    expect(Array.from(benchInputs(relu6, 1000))).toEqual(Array.from(xs));
    expect(xs.some((x, i) => i > 0 && x < xs[i - 1])).toBe(true);
  });

  it('gives a positive, finite ns per evaluation for f and f\' of elementwise and vector functions', () => {
    const targets = ['relu', 'gelu', 'softmax', 'sparsemax'].map((n) => {
      const activation = findActivation(n)!;
      return { activation, params: defaultParams(activation) };
    });
    const costs = measureCosts(targets, { size: 256, budgetMs: 1 });
    expect(costs).toHaveLength(4);
    for (const c of costs) {
      for (const v of [c.f, c.df]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThan(0);
      }
    }
  });
});
