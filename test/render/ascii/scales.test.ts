import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelValue } from '../../helpers/axis-label.js';
import { gridPoint, linspace } from '../../../src/core/grid.js';
import { columnEdges, columnOf, exactSamples, rowOf, xScale, yScale } from '../../../src/render/ascii/scales.js';
import { roundStep } from '../../../src/render/round-step.js';

const rowValue = (s: { lo: number; hi: number; rows: number }, row: number): number => s.hi - (row * (s.hi - s.lo)) / (s.rows - 1);

describe('yScale', () => {
  it('a log axis of six decades in six rows is labelled at decades (act plot sigmoid --logy --from -10 --to 10 --ylim :10 showed 5 alone)', () => {
    for (const fixed of [undefined, [undefined, 1]] as const) {
      const y = yScale([Math.log10(4.5e-5), 0], 6, { log: true, fixed });
      expect(y.ticks.map((t) => t.text)).toEqual(['1', '0.01', '0.0001']);
    }
  });

  it('rounds the bounds to round values that waste little height', () => {
    expect(yScale([4.5e-5, 0.99995], 20)).toMatchObject({ lo: 0, hi: 1 });
    expect(yScale([-0.17, 5], 20)).toMatchObject({ lo: -0.5, hi: 5 });
    expect(yScale([0, 5], 20)).toMatchObject({ lo: 0, hi: 5 });
  });

  it('labels the guide lines first, then the multiples of one round step, never on neighbouring rows', () => {
    const s = yScale([0, 1], 20, { marks: [{ value: 0.5, text: '0.5' }] });
    expect(s.ticks.map((t) => t.text)).toEqual(['1', '0.8', '0.6', '0.5', '0.2', '0']);
    const g = yScale([-0.278, 5], 20);
    expect(g.ticks.map((t) => t.text)).toEqual(['5', '4', '3', '2', '1', '0']);
  });

  it('keeps a bound given as it is, and rounds only the other', () => {
    expect(yScale([0, 148], 20, { fixed: [-1, 5] })).toMatchObject({ lo: -1, hi: 5 });
    expect(yScale([0.3, 2], 20, { fixed: [undefined, 2] })).toMatchObject({ lo: 0.2, hi: 2 });
  });

  it('labels decades on a log axis', () => {
    const s = yScale([Math.log10(2e-9), Math.log10(4.8e8)], 20, { log: true });
    expect(s.ticks.map((t) => t.text)).toEqual(['1e8', '1e6', '1e4', '1e2', '1e0', '1e-2', '1e-4', '1e-6', '1e-8']);
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
          // a span of a few hundred doubles or more: finer, the doubles themselves jitter the rows
          fc.pre(max > min && span >= Math.abs(min) * 1e-8);
          const s = yScale([min, max], rows);
          expect(s.lo).toBeLessThanOrEqual(min);
          expect(s.hi).toBeGreaterThanOrEqual(max);
          // At most 10% more than the data's span, give or take the doubles' spacing there.
          expect(s.hi - s.lo).toBeLessThanOrEqual((max - min) * 1.1 * (1 + 1e-9) + 8 * Number.EPSILON * Math.max(Math.abs(min), Math.abs(max)));
          const rowHeight = (s.hi - s.lo) / (rows - 1);
          // yScale puts labels on neighbouring rows rather than leave one label alone: where no
          // round step two rows long has two multiples on the axis (in charts of up to about 10 rows)
          const twoRowStep = roundStep(2 * rowHeight);
          const twoLabelsTwoRowsApart = Math.floor(s.hi / twoRowStep + 1e-9) - Math.ceil(s.lo / twoRowStep - 1e-9) >= 1;
          for (const [i, t] of s.ticks.entries()) {
            expect(t.at).toBeGreaterThanOrEqual(0);
            expect(t.at).toBeLessThan(rows);
            // two rows apart; one in a chart too short to label two values so
            if (i > 0) expect(t.at - s.ticks[i - 1].at).toBeGreaterThanOrEqual(rows >= 7 && twoLabelsTwoRowsApart ? 2 : 1);
            expect(Math.abs(rowValue(s, t.at) - t.value)).toBeLessThanOrEqual((rowHeight / 2) * (1 + 1e-9) + 1e-9 * Math.abs(t.value));
            const read = labelValue(t.text, s.note);
            expect(Math.abs(read - t.value)).toBeLessThanOrEqual(Math.max(1e-6 * Math.abs(t.value), rowHeight / 10));
          }
        },
      ),
      // 7 rows from -352750 to -346250: a step of 5000 labels -350000 alone, so 2000's labels
      // stand 1.85 rows apart, on rows 2, 3 and 5 (random draws: 3 in 290 000, at 7 and 8 rows)
      { examples: [[-352500.00000050006, 6000.000001000096, 7]] },
    );
  });

  it('labels neighbouring rows where labels two rows apart would leave one alone', () => {
    const shown = (min: number, max: number, rows: number) => yScale([min, max], rows).ticks.map((t) => [t.at, t.text]);
    expect(shown(-352500.0000005, -346499.9999995, 7)).toEqual([[2, '-348000'], [3, '-350000'], [5, '-352000']]);
    // the same data in 8 rows: 5000 is no longer the step two rows long, and 2000's labels stand apart
    expect(shown(-352500.0000005, -346499.9999995, 8)).toEqual([[2, '-348000'], [4, '-350000'], [6, '-352000']]);
  });
});

describe('rowOf and columnOf', () => {
  it('place values between subnormal bounds (in halves, 0 to 5e-324 was 0 / 0: NaN)', () => {
    const y = { lo: 0, hi: 5e-324, rows: 5 };
    expect([0, 5e-324].map((v) => rowOf(y, v))).toEqual([4, 0]);
    expect([-5e-324, 0, 5e-324].map((v) => rowOf({ lo: -5e-324, hi: 5e-324, rows: 5 }, v))).toEqual([4, 2, 0]);
    expect([0, 5e-324, 1e-323].map((v) => columnOf({ x0: 0, x1: 1e-323, columns: 3 }, v))).toEqual([0, 1, 2]);
    // and still finite where hi - lo overflows
    expect(rowOf({ lo: -Number.MAX_VALUE, hi: Number.MAX_VALUE, rows: 21 }, 0)).toBe(10);
  });
});

describe('xScale', () => {
  it('puts every tick on a column centre when the range ends are round', () => {
    const s = xScale(-5, 5, 73, 6, 75);
    expect(s.columns).toBe(71);
    expect(s.ticks.map((t) => t.text)).toEqual(['-4', '-2', '0', '2', '4']);
    for (const t of s.ticks) expect(gridPoint(-5, 5, s.columns, t.at)).toBe(t.value);
  });

  it('labels one round step, two blanks apart, within their limits', () => {
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
          expect(s.columns).toBeGreaterThanOrEqual(available - Math.max(3, 0.04 * available));
          if (available >= 40) expect(s.ticks.length).toBeGreaterThanOrEqual(1);
          const steps = s.ticks.slice(1).map((t, i) => t.value - s.ticks[i].value);
          for (const d of steps) expect(Math.abs(d - steps[0])).toBeLessThanOrEqual(Math.abs(steps[0]) * 1e-6 + Math.abs(x1) * 1e-15);
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
