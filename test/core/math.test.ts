/** The stable helpers, and proof that the reference check tells them apart from the textbook forms. */
import erf from '@stdlib/math-base-special-erf';
import erfc from '@stdlib/math-base-special-erfc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfcx } from '../../src/core/erfcx.js';
import { expNegHalfSquare, normalCdf, normalTail, sigmoid, tanh, twoProductError, twoSquareError, xMinusTanh } from '../../src/core/math.js';
import { misses, readReference } from '../helpers/reference.js';
import { readExactValues, stepsApart, ulpError, ulpMisses } from '../helpers/ulp.js';

const reference = readReference('activations.csv').filter((r) => r.paramsText === '');
const rowsOf = (fn: string) => reference.filter((r) => r.fn === fn && Number.isFinite(r.x));

describe('the textbook formulas miss the 1e-13 bar that act meets', () => {
  const textbook: [string, 'y' | 'dy', (x: number) => number][] = [
    ['sigmoid', 'dy', (x) => sigmoid(x) * (1 - sigmoid(x))],
    ['tanh', 'y', (x) => 2 / (1 + Math.exp(-2 * x)) - 1],
    ['tanh', 'dy', (x) => 1 - Math.tanh(x) ** 2],
    ['softplus', 'y', (x) => Math.log(1 + Math.exp(x))],
    ['gelu', 'y', (x) => 0.5 * x * (1 + erf(x / Math.SQRT2))],
  ];
  for (const [fn, column, naive] of textbook) {
    it(`${fn} ${column === 'y' ? 'f' : "f'"}: the textbook form fails the check`, () => {
      const rows = rowsOf(fn).filter((r) => r[column] !== undefined);
      const fails = misses(fn, rows.map((r) => ({ x: r.x, got: naive(r.x), want: r[column]! })));
      expect(fails.length).toBeGreaterThan(10);
    });
  }
});

describe('helpers', () => {
  it('twoProductError gives the exact low part of a product', () => {
    const a = 0.1;
    const b = 3.3;
    const p = a * b;
    const lo = twoProductError(a, b, p);
    // exact check with BigInt arithmetic on the binary significands
    const exact = (x: number): [bigint, number] => {
      const buf = new DataView(new ArrayBuffer(8));
      buf.setFloat64(0, x);
      const bits = buf.getBigUint64(0);
      const e = Number((bits >> 52n) & 0x7ffn) - 1075;
      return [(bits & ((1n << 52n) - 1n)) | (1n << 52n), e];
    };
    const [ma, ea] = exact(a);
    const [mb, eb] = exact(b);
    const [mp, ep] = exact(p);
    const [ml, el] = exact(Math.abs(lo));
    const e0 = Math.min(ea + eb, ep, el);
    const product = (ma * mb) << BigInt(ea + eb - e0);
    const sum = (mp << BigInt(ep - e0)) + (lo < 0 ? -1n : 1n) * (ml << BigInt(el - e0));
    expect(sum).toBe(product);
  });

  it('twoSquareError is twoProductError(a, a, a·a), bit for bit, wherever the low half is a normal double (fast-check)', () => {
    const magnitude = fc.double({ min: 1e-130, max: 1e150, noNaN: true });
    fc.assert(
      fc.property(magnitude, fc.boolean(), (m, negative) => {
        const a = negative ? -m : m;
        return Object.is(twoSquareError(a, a * a), twoProductError(a, a, a * a));
      }),
      { numRuns: 20000 },
    );
  });

  it('x - tanh(x) joins its series and the direct difference smoothly at |x| = 0.3', () => {
    const below = xMinusTanh(0.3 - 1e-12);
    const above = xMinusTanh(0.3);
    expect(Math.abs(above - below) / above).toBeLessThan(1e-10);
    const x = 1e-5;
    expect(Math.abs(xMinusTanh(x) / (x ** 3 / 3 - (2 * x ** 5) / 15) - 1)).toBeLessThan(1e-15);
    expect(xMinusTanh(-0)).toBe(-0);
  });

  it('normalCdf is symmetric and exact in the far left tail', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    // Φ(-30) from mpmath at 50 digits
    expect(Math.abs(normalCdf(-30) / 4.906713927148187e-198 - 1)).toBeLessThan(1e-13);
  });

  it('normalTail agrees with @stdlib\'s erfc/2, up to the rounding of x/√2 that @stdlib is given', () => {
    // @stdlib computes erfc(ax) with ax = fl(|x|/√2), the tail Φ(-|x|) = erfc(|x|/√2)/2 itself: the
    // two differ by erfc's slope times du = |x|/√2 - ax, relatively 2·ax·du, and by rounding beyond that
    let worst = 0;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 37, noNaN: true }), fc.boolean(), (m, negative) => {
        const x = negative ? -m : m;
        const ax = m * 0.7071067811865476;
        const du = twoProductError(m, 0.7071067811865476, ax) + m * -4.833646656726457e-17;
        const want = (erfc(ax) * (1 - 2 * ax * du)) / 2; // @stdlib's value moved to the exact argument
        if (want < 1e-300) return true;
        const rel = Math.abs(normalTail(expNegHalfSquare(x), ax) / want - 1);
        worst = Math.max(worst, rel);
        return rel < 2e-15 + 0.1 * 2 * ax * Math.abs(du);
      }),
      { numRuns: 100_000 },
    );
    expect(worst).toBeGreaterThan(0); // the two are different computations, compared for real
  });

  it('erfcx is within 7 ulp of e^(u²)·erfc(u) over its range (mpmath, test/fixtures/ulp.csv)', () => {
    const rows = readExactValues('erfcx');
    expect(rows.length).toBeGreaterThan(2500);
    expect(Math.min(...rows.map((r) => r.x))).toBeLessThan(0.01);
    expect(Math.max(...rows.map((r) => r.x))).toBeGreaterThan(39);
    const fails = ulpMisses('erfcx', erfcx, rows, 7);
    expect(fails, fails.slice(0, 20).join('\n')).toEqual([]);
  });

  it('normalCdf is 1 from 8.3 on, where 1 - Φ(-x) rounds to 1', () => {
    expect(normalCdf(8.3)).toBe(1);
    expect(1 - erfc(8.3 * Math.SQRT1_2) / 2).toBe(1);
    expect(normalCdf(8.2)).toBeLessThan(1);
  });

  describe('tanh', () => {
    const rows = readExactValues('tanh');
    const throughExp = rows.filter((r) => Math.abs(r.x) >= 0.55);

    it('is within 1.3 ulp of tanh(x) where it uses exp, and within Math.tanh\'s 2 ulp below', () => {
      expect(throughExp.length).toBeGreaterThan(1500);
      const fails = [...ulpMisses('tanh', tanh, throughExp, 1.3), ...ulpMisses('tanh', tanh, rows, 2.05)];
      expect(fails, fails.slice(0, 20).join('\n')).toEqual([]);
    });

    it('is, summed over the fixture, no further from tanh(x) than Math.tanh where it uses exp', () => {
      const total = (f: (x: number) => number): number => throughExp.reduce((sum, r) => sum + ulpError(f(r.x), r), 0);
      expect(total(tanh)).toBeLessThanOrEqual(total(Math.tanh));
    });

    it('is Math.tanh below |x| = 0.55, and keeps the special values', () => {
      for (const x of [0.5499999999999999, -0.3, 1e-300, -0, 0]) expect(Object.is(tanh(x), Math.tanh(x)), `tanh(${x})`).toBe(true);
      expect(tanh(NaN)).toBeNaN();
      expect(tanh(Infinity)).toBe(1);
      expect(tanh(-Infinity)).toBe(-1);
      expect(tanh(20)).toBe(1);
      expect(tanh(-1e308)).toBe(-1);
    });

    it('is odd, and at most two doubles from Math.tanh anywhere (fast-check)', () => {
      fc.assert(
        fc.property(fc.double({ noNaN: true }), (x) => {
          const got = tanh(x);
          return Object.is(tanh(-x), -got) && (got === Math.tanh(x) || stepsApart(got, Math.tanh(x)) <= 2);
        }),
        { numRuns: 20000 },
      );
    });
  });
});
