/** Cells several series cover: no curve vanishes from a column while it has a cell there. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOwners } from '../../../src/render/ascii/overlap.js';
import { renderChart, type ChartSeries } from '../../../src/render/ascii/index.js';

const WIDTH = 10;
/** A layer from (column, row) cells. */
const cells = (...at: [number, number][]): Map<number, string> => new Map(at.map(([c, r]) => [r * WIDTH + c, `${c},${r}`]));
/** The series owning at least one cell of column c. */
const shownIn = (owners: Map<number, number>, c: number): Set<number> => new Set([...owners].filter(([cell]) => cell % WIDTH === c).map(([, k]) => k));

describe('cellOwners', () => {
  it('puts the later series on top where the earlier one shows elsewhere in the column', () => {
    const owners = cellOwners([cells([0, 1], [0, 2]), cells([0, 1])], WIDTH);
    expect(owners.get(1 * WIDTH)).toBe(1);
    expect(owners.get(2 * WIDTH)).toBe(0);
  });

  it('gives a covered cell to the earlier series when it is its only one and the later one has others', () => {
    // a flat line on row 3 crossed by a steep one running through rows 1 to 5
    const owners = cellOwners([cells([4, 3]), cells([4, 1], [4, 2], [4, 3], [4, 4], [4, 5])], WIDTH);
    expect(owners.get(3 * WIDTH + 4)).toBe(0);
    expect(shownIn(owners, 4)).toEqual(new Set([0, 1]));
  });

  it('lets two lines on one row take it in turn, column by column', () => {
    const flat = (): Map<number, string> => cells(...Array.from({ length: WIDTH }, (_, c): [number, number] => [c, 2]));
    const owners = cellOwners([flat(), flat(), flat()], WIDTH);
    const byColumn = Array.from({ length: WIDTH }, (_, c) => owners.get(2 * WIDTH + c));
    expect(byColumn).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0]);
  });

  const layer = fc.array(fc.tuple(fc.integer({ min: 0, max: WIDTH - 1 }), fc.integer({ min: 0, max: 5 })), { maxLength: 30 }).map((at) => cells(...at));

  it('gives every covered cell to a series that covers it', () => {
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 5 }), (layers) => {
        const owners = cellOwners(layers, WIDTH);
        expect(new Set(owners.keys())).toEqual(new Set(layers.flatMap((l) => [...l.keys()])));
        for (const [cell, k] of owners) expect(layers[k].has(cell)).toBe(true);
      }),
    );
  });

  it('shows both of two series in every column where they cover two cells or more', () => {
    fc.assert(
      fc.property(layer, layer, (a, b) => {
        const owners = cellOwners([a, b], WIDTH);
        for (let c = 0; c < WIDTH; c++) {
          const [inA, inB] = [a, b].map((l) => [...l.keys()].filter((cell) => cell % WIDTH === c));
          if (inA.length && inB.length && new Set([...inA, ...inB]).size >= 2) expect(shownIn(owners, c)).toEqual(new Set([0, 1]));
        }
      }),
    );
  });
});

describe('a chart where series cover the same cells', () => {
  const x = Array.from({ length: 41 }, (_, i) => i / 4 - 5);
  const zero = (label: string): ChartSeries => ({ label, x, y: x.map(() => 0) });
  // an earlier flat series under a later one that runs along it for x < 0, then rises
  const series = [zero('flat'), { label: 'relu', x, y: x.map((v) => Math.max(0, v)) }];
  const plotRow = (text: string, row: number): string => text.split('\n')[row].replace(/^[^┤┼│]*[┤┼│]/, '');

  for (const canvas of ['box', 'ascii'] as const) {
    it(`${canvas}: the earlier flat series stays visible under the later one`, () => {
      const out = renderChart(series, { width: 40, height: 10, canvas, legend: false });
      const rows = out.split('\n');
      const zeroRow = rows.findIndex((l) => /^\s*0 [┼┤+]/.test(l));
      const left = plotRow(out, zeroRow).slice(0, 14);
      // both series' level characters show along the stretch where they coincide
      const [first, second] = canvas === 'box' ? ['─', '━'] : ['-', '='];
      expect(left).toContain(first);
      expect(left).toContain(second);
    });
  }

  it('braille: two solid lines on one row take its colour in turn', () => {
    // the first and the sixth series are drawn solid in braille (styles.ts); the others lie above
    const level = (label: string, v: number): ChartSeries => ({ label, x, y: x.map(() => v) });
    const solid = [zero('first'), ...[1, 2, 3, 4].map((v) => level(`at ${v}`, v)), zero('sixth')];
    const out = renderChart(solid, { width: 40, height: 10, canvas: 'braille', legend: false, color: true });
    const zeroRow = out.split('\n').find((l) => /^\s*0 [┼┤]/.test(l))!;
    expect(zeroRow).toContain('\x1b[38;5;32m'); // the first series' colour
    expect(zeroRow).toContain('\x1b[38;5;130m'); // the sixth's
    expect(zeroRow.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/[⠁-⣿]{30}/); // one unbroken line of dots
  });
});
