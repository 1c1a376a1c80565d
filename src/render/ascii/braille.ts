/**
 * The braille canvas: each character cell holds 2x4 dots (U+2800 to U+28FF), as UnicodePlots.jl
 * and plotext draw, so a curve has eight times the points of one line character per cell: gelu's
 * -0.17 dip shows in eight rows. The guides are the box canvas's (drawGuides); the curves' dots go
 * on top, each series in the dash pattern of its style (solid, dashed, dotted: styles.ts), and dots of several series in one cell add up (OR), as UnicodePlots.jl's do, so that no
 * curve erases another. A cell has one colour: cellOwners gives it to the series that has no other
 * cell in that column to show in, else to the later one.
 */
import type { TextCanvas } from './canvas.js';
import { cellOwners } from './overlap.js';
import { drawGuides, drawPointsOnTop, type Guides, type PlotData } from './plot.js';
import { resample } from './resample.js';
import { columnEdges, fractionBetween, type XScale, type YScale } from './scales.js';

/** The dot bit of (column 0-1, row 0-3) within a cell, Unicode's braille numbering. */
const DOT = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
] as const;
const BRAILLE = 0x2800;

/** Cells of a legend sample: enough for one period of each dash pattern (styles.ts) to show. */
const SAMPLE_CELLS = 3;

/** The legend's sample of a braille series: a level run of its dash pattern, in the series' ink. */
export function brailleSample(dots: string): string {
  let sample = '';
  for (let cell = 0; cell < SAMPLE_CELLS; cell++) {
    const bit = (c: number): number => (dots[c % dots.length] === '1' ? DOT[1][c & 1] : 0);
    sample += String.fromCharCode(BRAILLE + (bit(2 * cell) | bit(2 * cell + 1)));
  }
  return sample;
}

/**
 * The dot columns' edges: each character column's (the box canvas', the ticks') cut in half, so
 * that a cell's two dot columns cover exactly its column and a kink or a jump lands in the column
 * its tick names (an even grid of 2·columns dot columns drifted by up to half a dot from them).
 */
function dotEdges(columns: Float64Array): Float64Array {
  const edges = new Float64Array(2 * columns.length - 1);
  for (let c = 0; c + 1 < columns.length; c++) [edges[2 * c], edges[2 * c + 1]] = [columns[c], columns[c] / 2 + columns[c + 1] / 2];
  edges[edges.length - 1] = columns[columns.length - 1];
  return edges;
}

export function drawBraillePlot(series: readonly PlotData[], x: XScale, y: YScale, guides: Guides): TextCanvas {
  const canvas = drawGuides(x, y, guides);
  const dotColumns = 2 * x.columns;
  const dotRows = 4 * y.rows;
  const bits = new Uint8Array(x.columns * y.rows);
  // the rows' mapping (rowOf: row r's centre is where its label's value is), at four dots a row
  const dotRow = (v: number): number => {
    const t = fractionBetween(v, y.hi, y.lo);
    // a row's centre (where a constant, or a tick's value, falls) is the edge between its middle
    // dots: the nudge keeps a value there, and one interpolated an ulp off it, on the same dot
    return Math.min(dotRows - 1, Math.max(0, Math.floor((t * (y.rows - 1) + 0.5) * 4 + 1e-9)));
  };
  const edges = dotEdges(columnEdges(x.x0, x.x1, x.columns));
  const layers = series.map((s) => {
    const dots = new Map<number, number>(); // cell -> this series' dots in it
    if (s.mark === 'points') return dots; // its symbols go on top (below)
    const { values, broken, exit, entry } = resample(s.x, s.y, edges);
    // the dash pattern runs along the curve, dot after dot, steep stretches included
    let step = 0;
    /** Dots of dot column c from value a to value b: the vertical run that joins them, dashed. */
    const join = (c: number, a: number, b: number): void => {
      const [r0, r1] = [dotRow(a), dotRow(b)];
      const down = r1 >= r0 ? 1 : -1;
      for (let r = r0; r !== r1 + down; r += down) {
        if (s.style.dots[step++ % s.style.dots.length] !== '1') continue;
        const cell = Math.floor(r / 4) * x.columns + (c >> 1);
        dots.set(cell, (dots.get(cell) ?? 0) | DOT[r % 4][c & 1]);
      }
    };
    for (let c = 0; c < dotColumns; c++) {
      const [left, right] = [values[c], values[c + 1]];
      if (Number.isFinite(left) && Number.isFinite(right) && !broken[c]) {
        join(c, left, right);
        continue;
      }
      // a gap in this dot column: the curve runs into it up to the gap, and out of it after
      if (Number.isFinite(left)) join(c, left, Number.isFinite(exit[c]) ? exit[c] : left);
      if (Number.isFinite(right)) join(c, Number.isFinite(entry[c]) ? entry[c] : right, right);
    }
    for (const [cell, dot] of dots) bits[cell] |= dot;
    return dots;
  });
  for (const [cell, k] of cellOwners(layers, x.columns)) {
    canvas.set(cell % x.columns, Math.floor(cell / x.columns), String.fromCharCode(BRAILLE + bits[cell]), series[k].ink);
  }
  // data points as their symbols (● ◆ ...), the legend's, as the box canvas draws them
  drawPointsOnTop(canvas, series, x, y);
  return canvas;
}
