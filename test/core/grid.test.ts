import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridChunks, gridPoint, linspace } from '../../src/core/grid.js';
import { plotGrid, sampleSeries } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';

describe('linspace', () => {
  it('includes both ends exactly and hits 0 on a symmetric range', () => {
    const xs = linspace(-10, 10, 201);
    expect(xs[0]).toBe(-10);
    expect(xs[200]).toBe(10);
    expect(xs[100]).toBe(0);
    expect(xs[103]).toBe(0.3);
    expect([...linspace(-2, 2, 5)]).toEqual([-2, -1, 0, 1, 2]);
  });

  it('gives finite, ordered points with exact ends and an exact 0 for every finite range, up to ±MAX_VALUE', () => {
    const max = Number.MAX_VALUE;
    expect([...linspace(-1e308, 1e308, 5)]).toEqual([-1e308, -5e307, 0, 5e307, 1e308]);
    expect([...linspace(-max, max, 3)]).toEqual([-max, 0, max]);
    // rounding would pass the upper end by an ulp (past the largest double: Infinity)
    for (const [from, to, n, i] of [[1.7976931348623103e308, 1.7976931348623121e308, 1133597, 1018909], [1.7976931348623083e308, max, 94898337, 94898330], [max / 2, max, 3, 1]]) {
      const x = gridPoint(from, to, n, i);
      expect(x).toBeGreaterThanOrEqual(from);
      expect(x).toBeLessThanOrEqual(to);
    }
    const huge = fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(huge, huge, fc.integer({ min: 2, max: 1e8 }), fc.integer({ min: 0, max: 1e8 }), (a, b, n, k) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const i = k % n;
        const x = gridPoint(from, to, n, i);
        expect(Number.isFinite(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(from);
        expect(x).toBeLessThanOrEqual(to);
        expect(gridPoint(from, to, n, 0)).toBe(from);
        expect(gridPoint(from, to, n, n - 1)).toBe(to);
        if (n % 2 === 1) expect(gridPoint(-to, to, n, (n - 1) / 2)).toBe(0);
        // away from overflow, the same rounding as the plain weighted mean, kept within the ends
        // as gridPoint keeps it (from 0 to -0, which a < b leaves in that order, the mean is +0)
        const plain = ((n - 1 - i) * from + i * to) / (n - 1);
        const within = Math.min(Math.max(plain, Math.min(from, to)), Math.max(from, to));
        if (i > 0 && i < n - 1 && Math.max(Math.abs(from), Math.abs(to)) < 1e300) expect(x).toBe(within);
      }),
      // the signed zeros, which random draws reach about once in 30 000 runs
      { numRuns: 2000, examples: [[-0, 0, 3, 1], [0, -0, 3, 1], [-0, -0, 5, 2]] },
    );
  });

  it('gives one point for n = 1', () => {
    expect([...linspace(3, 4, 1)]).toEqual([3]);
    expect(gridPoint(3, 4, 1, 0)).toBe(3);
  });
});

describe('gridChunks', () => {
  it('gives the points of linspace, in chunks of at most the size', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 64 }), (from, to, n, size) => {
        const chunks = [...gridChunks(from, to, n, size)];
        expect(chunks.every((c) => c.length >= 1 && c.length <= size)).toBe(true);
        expect(Float64Array.from(chunks.flatMap((c) => [...c]))).toEqual(linspace(from, to, n));
      }),
    );
  });
});

describe('plot sampling', () => {
  it('adds the kinks inside the range to the grid, once', () => {
    const xs = [...plotGrid(parseSpec('hardsigmoid'), -5, 5, 4)];
    expect(xs).toEqual([-5, -5 / 3, 5 / 3, 5].flatMap((v, i) => (i === 1 ? [-3, v] : i === 3 ? [3, v] : [v])));
    expect([...plotGrid(parseSpec('relu'), -1, 1, 3)]).toEqual([-1, 0, 1]);
  });

  it('keeps the plain grid for a vector function', () => {
    expect(plotGrid(parseSpec('softmax'), -2, 2, 10).length).toBe(10);
  });

  it('gives f, then f\' when asked, labelled with a prime', () => {
    const series = sampleSeries([parseSpec('relu'), parseSpec('gelu')], { from: -1, to: 1, points: 5, derivative: true });
    expect(series.map((s) => s.label)).toEqual(['relu', "relu'", 'gelu', "gelu'"]);
    expect([...series[1].y]).toEqual([0, 0, 0, 1, 1]);
    const only = sampleSeries([parseSpec('relu')], { from: -1, to: 1, points: 5, onlyDerivative: true });
    expect(only.map((s) => s.label)).toEqual(["relu'"]);
  });
});
