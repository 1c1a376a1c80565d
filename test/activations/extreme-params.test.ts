/** Parameters at the ends of their domains: no NaN where the function is defined, no overflow inside a parameter's own arithmetic. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { resolveParams } from '../../src/core/params.js';

const EXTREMES = [1.7976931348623157e308, 1e308, -1e308, -1.7976931348623157e308, 5e-324, -5e-324, 1e-300];
const XS = [-1e308, -1, -5e-324, 0, 5e-324, 1, 1e308];

describe('extreme parameters', () => {
  it('rrelu(lower=1e308, upper=1e308) has the slope 1e308, not NaN: the mean of the bounds does not overflow', async () => {
    const { rrelu } = await import('../../src/activations/leaky-relu.js');
    for (const [lower, upper, slope] of [[1e308, 1e308, 1e308], [1.7976931348623157e308, 1.7976931348623157e308, 1.7976931348623157e308], [-1e308, -1e308, -1e308], [1e308, 1.7976931348623157e308, 1.3988465674311579e308], [0.125, 1 / 3, 0.22916666666666666]]) {
      const p = resolveParams(rrelu, { lower, upper });
      expect(rrelu.f(0, p) === 0).toBe(true); // ±0 with the sign of the slope
      expect(rrelu.f(-1, p)).toBe(-slope);
      expect(rrelu.df(-1, p)).toBe(slope);
      expect(rrelu.f(2, p)).toBe(2);
    }
  });

  it('every catalog function at every parameter extreme its domain allows gives no NaN at finite x', () => {
    const nan: string[] = [];
    for (const a of activations) {
      if (a.kind !== 'elementwise') continue;
      const names = Object.keys(a.params);
      // each parameter alone, and all of them at once
      for (const given of names.length > 1 ? [...names.map((k) => [k]), names] : names.map((k) => [k])) {
        for (const v of EXTREMES) {
          let p;
          try {
            p = resolveParams(a, Object.fromEntries(given.map((k) => [k, v])));
          } catch {
            continue; // outside the domain
          }
          for (const x of XS) if (Number.isNaN(a.f(x, p)) || Number.isNaN(a.df(x, p))) nan.push(`${a.name}(${given.join('=')}=${v}) at ${x}`);
        }
      }
    }
    expect(nan).toEqual([]);
  });
});
