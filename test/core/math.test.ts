/** The stable helpers, and proof that the reference check tells them apart from the textbook forms. */
import erf from '@stdlib/math-base-special-erf';
import { describe, expect, it } from 'vitest';
import { normalCdf, sigmoid, twoProductError, xMinusTanh } from '../../src/core/math.js';
import { misses, readReference } from '../helpers/reference.js';

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
});
