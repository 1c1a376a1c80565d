/** The braille canvas: its dots line up with the chart's columns and rows. */
import { describe, expect, it } from 'vitest';
import { renderChart, type ChartSeries } from '../../../src/render/ascii/index.js';

/** n + 1 points from `from` to `to`, with x = 0 among them. */
function grid(from: number, to: number, n = 400): number[] {
  const x = Array.from({ length: n + 1 }, (_, i) => from + (i * (to - from)) / n);
  return [...x, 0].sort((a, b) => a - b);
}

describe('the braille canvas', () => {
  it("puts a corner in the column its tick names, wherever the range puts it (each cell's dots cover exactly its column)", () => {
    const misses: number[] = [];
    // (off the round values, so that x = 0 never falls exactly on the edge between two columns)
    for (let k = 0; k <= 200; k++) {
      const from = -1.0037 - k / 100;
      const x = grid(from, 2);
      // a far line first, so that the kinked one is drawn dashed (the second style)
      const series: ChartSeries[] = [
        { label: 'far', x, y: x.map(() => 10) },
        { label: 'kinked', x, y: x.map((v) => Math.max(0, v) / 4) },
      ];
      const lines = renderChart(series, { width: 41, height: 12, canvas: 'braille', legend: false, zeroLines: false, xRange: [from, 2] }).split('\n');
      const zero = lines.at(-2)!.indexOf(' 0 ') + 1; // the x label 0, centred under its tick
      const bottom = [...lines.at(-4)!]; // the kinked line's flat part, on the lowest row
      if (!/[⠁-⣿]/.test(bottom[zero] ?? ' ')) misses.push(from);
    }
    expect(misses).toEqual([]);
  });

  it('draws a constant on one row of dots (not wavering by an ulp of interpolation)', () => {
    const x = grid(-1.37, 2);
    const lines = renderChart([{ label: 'c', x, y: x.map(() => 10) }], { width: 41, height: 6, canvas: 'braille', legend: false, zeroLines: false }).split('\n');
    const row = lines.find((l) => /[⠁-⣿]/.test(l))!;
    expect(new Set([...row.replace(/^[^┤┼│]*[┤┼│]/, '')]).size).toBe(1);
  });
});
