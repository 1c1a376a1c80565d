import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridPoint, linspace } from '../../../src/core/grid.js';
import { columnEdges, columnOf, exactSamples, rowOf, xScale, yScale } from '../../../src/render/ascii/scales.js';

const rowValue = (s: { lo: number; hi: number; rows: number }, row: number): number => s.hi - (row * (s.hi - s.lo)) / (s.rows - 1);

describe('yScale', () => {
  it('rounds the bounds to round values that waste little height', () => {
    expect(yScale([4.5e-5, 0.99995], 20)).toMatchObject({ lo: 0, hi: 1 });
    expect(yScale([-0.17, 5], 20)).toMatchObject({ lo: -0.5, hi: 5 });
    expect(yScale([0, 5], 20)).toMatchObject({ lo: 0, hi: 5 });
  });

  it('labels 0, the bounds and the guide lines first, never on neighbouring rows', () => {
    const s = yScale([0, 1], 20, [0.5]);
    expect(s.ticks.map((t) => t.text)).toEqual(['1', '0.8', '0.6', '0.5', '0.2', '0']);
    const g = yScale([-0.278, 5], 20);
    expect(g.ticks.map((t) => t.text)).toContain('0');
    expect(g.ticks.map((t) => t.text)).toContain('-0.5');
  });

  it('gives a single value a range around it', () => {
    expect(yScale([1, 1], 20)).toMatchObject({ lo: 0, hi: 2 });
    expect(yScale([0, 0], 20)).toMatchObject({ lo: -1, hi: 1 });
    expect(yScale(undefined, 20)).toMatchObject({ lo: 0, hi: 1 });
  });

  it('stays finite at the ends of the doubles', () => {
    const s = yScale([-Number.MAX_VALUE, Number.MAX_VALUE], 20);
    expect(Number.isFinite(s.lo) && Number.isFinite(s.hi)).toBe(true);
    expect(rowOf(s, 0)).toBe(10);
  });

  it('covers the data; labels name their rows to within half a row; rows apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e12, noNaN: true }),
        fc.integer({ min: 3, max: 80 }),
        (min, span, rows) => {
          const max = min + span;
          fc.pre(max > min);
          const s = yScale([min, max], rows);
          expect(s.lo).toBeLessThanOrEqual(min);
          expect(s.hi).toBeGreaterThanOrEqual(max);
          // At most 10% more than the data's span, give or take the doubles' spacing there.
          expect(s.hi - s.lo).toBeLessThanOrEqual((max - min) * 1.1 * (1 + 1e-9) + 8 * Number.EPSILON * Math.max(Math.abs(min), Math.abs(max)));
          const rowHeight = (s.hi - s.lo) / (rows - 1);
          for (const [i, t] of s.ticks.entries()) {
            expect(t.at).toBeGreaterThanOrEqual(0);
            expect(t.at).toBeLessThan(rows);
            if (i > 0) expect(t.at - s.ticks[i - 1].at).toBeGreaterThanOrEqual(2);
            expect(Math.abs(rowValue(s, t.at) - t.value)).toBeLessThanOrEqual((rowHeight / 2) * (1 + 1e-9) + 1e-9 * Math.abs(t.value));
            expect(Math.abs(Number(t.text) - t.value)).toBeLessThanOrEqual(Math.max(1e-6 * Math.abs(t.value), rowHeight / 10));
          }
        },
      ),
    );
  });
});

describe('xScale', () => {
  it('puts every tick on a column centre when the range ends are round', () => {
    const s = xScale(-5, 5, 70, 6, 72);
    expect(s.columns).toBe(69);
    expect(s.ticks.map((t) => t.text)).toEqual(['-5', '-2.5', '0', '2.5', '5']);
    for (const t of s.ticks) expect(gridPoint(-5, 5, s.columns, t.at)).toBe(t.value);
  });

  it('always labels the range ends, and keeps labels two blanks apart within their limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        fc.integer({ min: 10, max: 300 }),
        (x0, span, available) => {
          const x1 = x0 + span;
          fc.pre(x1 > x0);
          const s = xScale(x0, x1, available, 8, available + 4);
          expect(s.columns).toBeLessThanOrEqual(available);
          expect(s.columns).toBeGreaterThan(available * 0.85);
          const ends = s.ticks.filter((t) => t.value === x0 || t.value === x1);
          if (available >= 40) expect(ends.length).toBe(2);
          for (const [i, t] of s.ticks.entries()) {
            expect(t.start).toBeGreaterThanOrEqual(-8);
            expect(t.start + [...t.text].length).toBeLessThanOrEqual(available + 4);
            expect(t.at).toBe(columnOf(s, t.value));
            if (i > 0) expect(t.start - (s.ticks[i - 1].start + [...s.ticks[i - 1].text].length)).toBeGreaterThanOrEqual(2);
          }
        },
      ),
    );
  });
});

describe('columnEdges', () => {
  it('are the range ends and the odd points of the exact sampling grid', () => {
    const edges = columnEdges(-5, 5, 69);
    const grid = linspace(-5, 5, exactSamples(69));
    expect(edges.length).toBe(70);
    expect(edges[0]).toBe(-5);
    expect(edges[69]).toBe(5);
    for (let c = 1; c < 69; c++) expect(edges[c]).toBe(grid[2 * c - 1]);
    // Column 34 is centred on 0.
    expect((edges[34] + edges[35]) / 2).toBeCloseTo(0, 15);
  });
});
