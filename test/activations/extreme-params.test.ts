/**
 * Parameters at the ends of their domains (issue 22): no NaN at a finite x, and the values that
 * broke before. offgrid.csv holds the mpmath values at such parameters; this checks the points
 * between them and the frameworks' convention at the dead zone's edge.
 */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { resolveParams } from '../../src/core/params.js';
import { evaluate } from '../../src/spec/evaluate.js';

const MAGNITUDES = Array.from({ length: 62 }, (_, i) => 10 ** (i * 10 - 310)).filter((v) => v > 0 && Number.isFinite(v));
const XS = [...MAGNITUDES.flatMap((m) => [-m, m, -1.2784645427610738 * m, -2.3993572805154676 * m, -746 * m]), 0, -0, 5e-324, -5e-324];

describe('extreme parameters', () => {
  for (const spec of ['swish(beta=1e-301)', 'swish(beta=1e-300)', 'swish(beta=1e300)', 'swish(beta=1.3e300)', 'swish(beta=5e-324)', 'softplus(beta=1e-300)', 'softplus(beta=1e300)', 'softplus(beta=5e-324)', 'elu(alpha=1e300)', 'celu(alpha=1e300)', 'celu(alpha=5e-324)', 'squareplus(b=5e-324)', 'squareplus(b=1e300)']) {
    it(`${spec}: f and f' are numbers at every finite x`, () => {
      const xs = XS.filter(Number.isFinite);
      for (const derivative of [false, true]) {
        const y = evaluate(spec, xs, { derivative });
        const nan = xs.filter((_, i) => Number.isNaN(y[i]));
        expect(nan, `${spec}${derivative ? "'" : ''} is NaN at`).toEqual([]);
      }
    });
  }

  it('the points of the issue', () => {
    // mpmath at 40 digits: 1e300·e^-746 and log(1 + e^(βx))/β
    const near = (got: number, want: number) => expect(Math.abs(got / want - 1)).toBeLessThan(1e-13);
    near(evaluate('elu(alpha=1e300)', [-746], { derivative: true })[0], 1.0382848095158283e-24);
    near(evaluate('softplus(beta=1e-300)', [-7.45e302])[0], 2.8223507304720946e-24);
    expect(evaluate('celu(alpha=1e300)', [-1e-24, 2e-24])).toEqual(Float64Array.from([-1e-24, 2e-24]));
    expect(Number.isNaN(evaluate('swish(beta=1e-301)', [-1.28e301], { derivative: true })[0])).toBe(false);
  });

  it('every parametrised function: no NaN at a finite x, for every pair of extreme parameter values its domain allows', () => {
    const V = [0, 5e-324, -5e-324, 1e-300, -1e-300, 1e-5, -1e-5, 1, -1, 1e5, -1e5, 1e300, -1e300, 1.7e308, -1.7e308];
    const X = [0, -0, 5e-324, -5e-324, ...[1e-310, 1e-300, 1e-150, 1e-20, 1e-5, 0.5, 1, 2.4, 20, 40, 745, 746, 1e5, 1e20, 1e150, 1e300, 1.7e308].flatMap((m) => [m, -m])];
    const nan: string[] = [];
    let checked = 0;
    for (const a of activations) {
      const names = Object.keys(a.params);
      if (names.length === 0 || a.kind !== 'elementwise') continue;
      const sets = names.length === 1 ? V.map((v) => ({ [names[0]]: v })) : V.flatMap((v) => V.map((w) => ({ [names[0]]: v, [names[1]]: w })));
      for (const given of sets) {
        let p;
        try {
          p = resolveParams(a, given);
        } catch {
          continue; // outside the domain: refused with a usage error
        }
        checked++;
        for (const x of X) if (Number.isNaN(a.f(x, p)) || Number.isNaN(a.df(x, p))) nan.push(`${a.name}(${JSON.stringify(given)}) at ${x}`);
      }
    }
    expect(checked).toBeGreaterThan(500); // 582 parameter sets today
    expect(nan).toEqual([]);
  });

  it("softshrink and hardshrink with lambda = 0: f'(0) = 0, as printed and as PyTorch computes it", () => {
    for (const name of ['softshrink', 'hardshrink']) {
      expect([...evaluate(`${name}(lambda=0)`, [-1e-300, 0, 1e-300], { derivative: true })]).toEqual([1, 0, 1]);
      expect([...evaluate(`${name}(lambda=0)`, [-2, 0, 3])]).toEqual([-2, 0, 3]);
    }
  });
});

const EXTREMES = [1.7976931348623157e308, 1e308, -1e308, -1.7976931348623157e308, 5e-324, -5e-324, 1e-300];
const FINITE_XS = [-1e308, -1, -5e-324, 0, 5e-324, 1, 1e308];

describe('extreme parameters: every parameter of the catalog', () => {
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
          for (const x of FINITE_XS) if (Number.isNaN(a.f(x, p)) || Number.isNaN(a.df(x, p))) nan.push(`${a.name}(${given.join('=')}=${v}) at ${x}`);
        }
      }
    }
    expect(nan).toEqual([]);
  });
});
