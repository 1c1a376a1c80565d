/** The vector functions against mpmath: the seed's softmax input, ±1000 logits, -Infinity, ties. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/spec/evaluate.js';
import { misses } from '../helpers/reference.js';

const num = (s: string): number => (s === 'Infinity' ? Infinity : s === '-Infinity' ? -Infinity : Number(s));
const rows = readFileSync(new URL('../fixtures/vector.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => {
    const [fn, kase, , x, y, dy] = l.split(',');
    return { fn, kase, x: num(x), y: num(y), dy: num(dy) };
  });

const cases = new Map<string, typeof rows>();
for (const r of rows) cases.set(`${r.fn} on ${r.kase}`, [...(cases.get(`${r.fn} on ${r.kase}`) ?? []), r]);

describe('vector functions', () => {
  for (const [name, rs] of cases) {
    it(`${name}: values and Jacobian diagonal within 1e-13`, () => {
      const xs = rs.map((r) => r.x);
      const y = evaluate(rs[0].fn, xs);
      const dy = evaluate(rs[0].fn, xs, { derivative: true });
      const fails = [
        ...misses(name, rs.map((r, i) => ({ x: r.x, got: y[i], want: r.y }))),
        ...misses(`${name}'`, rs.map((r, i) => ({ x: r.x, got: dy[i], want: r.dy }))),
      ];
      expect(fails, fails.join('\n')).toEqual([]);
    });
  }

  it("the Jacobian diagonals are s(1 - s), -s(1 - s) and 1 - s of the values, bit for bit, but at the maximum (fast-check)", () => {
    // at the maximum 1 - s is taken as (the other terms' sum)/(the whole sum), which does not cancel
    const vectors = fc.array(fc.double({ min: -800, max: 800, noNaN: true }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(vectors, (xs) => {
        const top = xs.indexOf(Math.max(...xs));
        const s = evaluate('softmax', xs);
        const smin = evaluate('softmin', xs);
        const ds = evaluate('softmax', xs, { derivative: true });
        const dmin = evaluate('softmin', xs, { derivative: true });
        const dlog = evaluate('log_softmax', xs, { derivative: true });
        const bottom = xs.indexOf(Math.min(...xs));
        return xs.every(
          (_, i) =>
            (i === top || (Object.is(ds[i], s[i] * (1 - s[i])) && Object.is(dlog[i], 1 - s[i]))) &&
            (i === bottom || Object.is(dmin[i], -smin[i] * (1 - smin[i]))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('softmax sums to 1 and log_softmax is its logarithm', () => {
    const xs = Float64Array.from({ length: 101 }, (_, i) => -30 + 0.6 * i);
    const s = evaluate('softmax', xs);
    const ls = evaluate('log_softmax', xs);
    expect(Math.abs(s.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-14);
    for (let i = 0; i < xs.length; i++) expect(Math.abs(Math.exp(ls[i]) - s[i])).toBeLessThanOrEqual(1e-15 + 1e-13 * s[i]);
  });

  it('a NaN anywhere makes every output NaN; all -Infinity is undefined (NaN)', () => {
    for (const fn of ['softmax', 'log_softmax', 'softmin', 'sparsemax']) {
      expect([...evaluate(fn, [1, NaN, 2])].every(Number.isNaN), fn).toBe(true);
      expect([...evaluate(fn, [1, NaN, 2], { derivative: true })].every(Number.isNaN), fn).toBe(true);
    }
    expect([...evaluate('softmax', [-Infinity, -Infinity])].every(Number.isNaN)).toBe(true);
  });

  it('+Infinity logits share the whole mass (the limit of growing logits)', () => {
    expect([...evaluate('softmax', [Infinity, 0, Infinity])]).toEqual([0.5, 0, 0.5]);
    expect([...evaluate('sparsemax', [Infinity, 0, Infinity])]).toEqual([0.5, 0, 0.5]);
    expect([...evaluate('log_softmax', [Infinity, 0])]).toEqual([-0, -Infinity]);
  });

  it('an empty vector gives an empty result', () => {
    expect(evaluate('softmax', []).length).toBe(0);
  });
});
