/**
 * The braille canvas: each character cell holds 2x4 dots (U+2800 to U+28FF), as UnicodePlots.jl
 * and plotext draw, so a curve has eight times the points of one line character per cell: gelu's
 * -0.17 dip shows in eight rows. The guides are the box canvas's (drawPlot with no series); the
 * curves' dots go on top, and dots of several series in one cell add up, so that no curve erases
 * another (the cell takes the ink of the last series that put a dot in it).
 */
import type { TextCanvas } from './canvas.js';
import { drawPlot, type Guides, type PlotData } from './plot.js';
import { resample } from './resample.js';
import { columnEdges, type XScale, type YScale } from './scales.js';

/** The dot bit of (column 0-1, row 0-3) within a cell, Unicode's braille numbering. */
const DOT = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
] as const;
const BRAILLE = 0x2800;

/** The legend's sample of a braille series: a short run of dots, in the series' ink. */
export const BRAILLE_SAMPLE = '⠒⠒';

export function drawBraillePlot(series: readonly PlotData[], x: XScale, y: YScale, guides: Guides): TextCanvas {
  const canvas = drawPlot([], x, y, guides);
  const dotColumns = 2 * x.columns;
  const dotRows = 4 * y.rows;
  const bits = new Uint8Array(x.columns * y.rows);
  const inks = new Uint8Array(x.columns * y.rows);
  // the rows' mapping (rowOf: row r's centre is where its label's value is), at four dots a row
  const dotRow = (v: number): number => {
    const t = (y.hi / 2 - v / 2) / (y.hi / 2 - y.lo / 2);
    return Math.min(dotRows - 1, Math.max(0, Math.floor((t * (y.rows - 1) + 0.5) * 4)));
  };
  const edges = columnEdges(x.x0, x.x1, dotColumns);
  for (const s of series) {
    const { values, broken, exit, entry } = resample(s.x, s.y, edges);
    /** Dots of dot column c from value a to value b: the vertical run that joins them. */
    const join = (c: number, a: number, b: number): void => {
      const [r0, r1] = [dotRow(a), dotRow(b)];
      for (let r = Math.min(r0, r1); r <= Math.max(r0, r1); r++) {
        const cell = Math.floor(r / 4) * x.columns + (c >> 1);
        bits[cell] |= DOT[r % 4][c & 1];
        inks[cell] = s.ink;
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
  }
  for (let row = 0; row < y.rows; row++) {
    for (let col = 0; col < x.columns; col++) {
      const cell = row * x.columns + col;
      if (bits[cell]) canvas.set(col, row, String.fromCharCode(BRAILLE + bits[cell]), inks[cell]);
    }
  }
  return canvas;
}
