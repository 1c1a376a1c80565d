/**
 * The drawing layer: the plot area alone, curves and guide lines, as a canvas of columns x rows.
 * asciichart draws each curve; this file hands it one unbroken run of a series at a time, already
 * scaled to whole rows, so that gaps, shared scales and overlapping series all work.
 */
import asciichart from 'asciichart';
import { TextCanvas } from './canvas.js';
import { cellOwners } from './overlap.js';
import { resample } from './resample.js';
import { columnEdges, columnOf, rowOf, type XScale, type YScale } from './scales.js';
import { INK, type LineStyle } from './styles.js';

/** A line (the default), points alone (measured data), or both (a function at given x values). */
export type SeriesMark = 'line' | 'points' | 'both';

export interface PlotData {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly style: LineStyle;
  readonly ink: number;
  readonly mark?: SeriesMark;
  /** The symbol of its points (mark points or both). */
  readonly point?: string;
  /** Data denser than the columns: each column also shows the span of its values (see drawSpans). */
  readonly spans?: boolean;
}

export interface Guides {
  /** The line x = 0, where it falls inside the plot (not on its edge); never on a log axis. */
  readonly zeroX: boolean;
  /** The line y = 0, likewise. */
  readonly zeroY: boolean;
  /** Horizontal guide lines at these y positions (on a log axis, their log10). */
  readonly hlines: readonly number[];
  /** Vertical guide lines at these x positions. */
  readonly vlines: readonly number[];
}

export const GUIDE = { horizontal: '┈', vertical: '┊', cross: '┼', hline: '╌', vline: '╎' } as const;

/** Column of the line x = 0, or -1 when it is not inside the range. */
export function zeroColumn(x: XScale, guides: Guides): number {
  return guides.zeroX && x.x0 < 0 && x.x1 > 0 ? columnOf(x, 0) : -1;
}

/** Rows of horizontal guides: y = 0 (when inside the range) and the hlines in range. */
export function guideRows(y: YScale, guides: Guides): number[] {
  const rows = guides.hlines.filter((v) => v >= y.lo && v <= y.hi).map((v) => rowOf(y, v));
  if (guides.zeroY && y.lo < 0 && y.hi > 0) rows.push(rowOf(y, 0));
  return rows;
}

/** Columns of vertical guides: x = 0 (when inside the range) and the vlines in range. */
export function guideColumns(x: XScale, guides: Guides): number[] {
  const columns = guides.vlines.filter((v) => v >= x.x0 && v <= x.x1).map((v) => columnOf(x, v));
  const zero = zeroColumn(x, guides);
  if (zero >= 0) columns.push(zero);
  return columns;
}

/** One series' cells, drawn apart from the others (overlap.ts shares out the cells they both cover). */
export class CellLayer {
  readonly cells = new Map<number, string>();

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  set(x: number, y: number, char: string): void {
    if (x >= 0 && y >= 0 && x < this.width && y < this.height && Number.isInteger(x) && Number.isInteger(y)) this.cells.set(y * this.width + x, char);
  }
}

/** Draws one run of whole-row levels (0 at the bottom) starting at column `start`, through asciichart. */
function drawRun(canvas: CellLayer, levels: number[], start: number, style: LineStyle): void {
  const top = canvas.height - 1;
  if (levels.length === 1) {
    canvas.set(start, top - levels[0], style.symbols[4]);
    return;
  }
  // Column 0 of asciichart's output is its y axis (blank symbols here); column j >= 1 joins levels j-1 and j.
  const text = asciichart.plot([levels], { min: 0, max: top, height: top, offset: 1, format: () => ' ', symbols: style.symbols });
  // Only the drawn characters are visited (a regular expression finds them): a loop over every
  // cell of every row gets hot enough in a large terminal for V8 to optimise it, which costs
  // memory (see bench/README.md).
  const drawn = /[^ ]/g;
  text.split('\n').forEach((line, row) => {
    drawn.lastIndex = 1;
    for (let m = drawn.exec(line); m !== null && m.index < levels.length; m = drawn.exec(line)) canvas.set(start + m.index - 1, row, m[0]);
  });
}

/** Each finite point as its symbol in the cell it falls in. */
function drawPoints(canvas: CellLayer, s: PlotData, x: XScale, y: YScale): void {
  for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) {
    const [u, v] = [s.x[i], s.y[i]];
    if (u >= x.x0 && u <= x.x1 && v >= y.lo && v <= y.hi) canvas.set(columnOf(x, u), rowOf(y, v), s.point ?? '●');
  }
}

/**
 * A line denser than the columns: every column's cells from the lowest to the highest value in it,
 * so that a spike between two column edges (which the line is read at) still shows.
 */
function drawSpans(canvas: CellLayer, s: PlotData, x: XScale, y: YScale): void {
  const lo = new Float64Array(x.columns).fill(Infinity);
  const hi = new Float64Array(x.columns).fill(-Infinity);
  for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) {
    const [u, v] = [s.x[i], s.y[i]];
    if (!(u >= x.x0 && u <= x.x1 && Number.isFinite(v))) continue;
    const c = columnOf(x, u);
    if (v < lo[c]) lo[c] = v;
    if (v > hi[c]) hi[c] = v;
  }
  for (let c = 0; c < x.columns; c++) {
    if (!(lo[c] < hi[c])) continue;
    // rows count from the top
    for (let row = rowOf(y, hi[c]); row <= rowOf(y, lo[c]); row++) canvas.set(c, row, s.style.symbols[9]);
  }
}

/** The plot area with its guides alone. */
export function drawGuides(x: XScale, y: YScale, guides: Guides): TextCanvas {
  const canvas = new TextCanvas(x.columns, y.rows);
  const vlineColumns = new Set(guides.vlines.filter((v) => v >= x.x0 && v <= x.x1).map((v) => columnOf(x, v)));
  const columns = new Set(guideColumns(x, guides));
  for (const column of columns) for (let row = 0; row < y.rows; row++) canvas.set(column, row, vlineColumns.has(column) ? GUIDE.vline : GUIDE.vertical, INK.guide);
  const hlineRows = new Set(guides.hlines.filter((v) => v >= y.lo && v <= y.hi).map((v) => rowOf(y, v)));
  for (const row of guideRows(y, guides)) {
    for (let c = 0; c < x.columns; c++) canvas.set(c, row, columns.has(c) ? GUIDE.cross : hlineRows.has(row) ? GUIDE.hline : GUIDE.horizontal, INK.guide);
  }
  return canvas;
}

/**
 * Plot area: guides first, then the series on top, each drawn apart and the cells they share
 * given out by cellOwners, so that a later series does not erase a curve that has nowhere else
 * to show in a column.
 */
export function drawPlot(series: readonly PlotData[], x: XScale, y: YScale, guides: Guides): TextCanvas {
  const canvas = drawGuides(x, y, guides);
  const edges = columnEdges(x.x0, x.x1, x.columns);
  const layers = series.map((s) => {
    const layer = new CellLayer(x.columns, y.rows);
    if (s.mark !== 'points') drawLine(layer, s, x, y, edges);
    return layer.cells;
  });
  for (const [cell, k] of cellOwners(layers, x.columns)) {
    canvas.set(cell % x.columns, Math.floor(cell / x.columns), layers[k].get(cell)!, series[k].ink);
  }
  drawPointsOnTop(canvas, series, x, y);
  return canvas;
}

/**
 * Data points as their symbols (● ◆), over every line: a measured value is one mark where a
 * line has its neighbours to show it, so a point is never given away.
 */
export function drawPointsOnTop(canvas: TextCanvas, series: readonly PlotData[], x: XScale, y: YScale): void {
  for (const s of series) {
    if (s.mark !== 'points' && s.mark !== 'both') continue;
    const points = new CellLayer(x.columns, y.rows);
    drawPoints(points, s, x, y);
    for (const [cell, symbol] of points.cells) canvas.set(cell % x.columns, Math.floor(cell / x.columns), symbol, s.ink);
  }
}

/** One series as a line: read at the column edges, with gaps where it is not finite. */
function drawLine(canvas: CellLayer, s: PlotData, x: XScale, y: YScale, edges: Float64Array): void {
  const level = (v: number): number => y.rows - 1 - rowOf(y, v);
  if (s.spans) drawSpans(canvas, s, x, y);
  const { values, broken, exit, entry } = resample(s.x, s.y, edges);
  // Runs of whole-row levels, one per unbroken stretch; column c joins edge c to edge c + 1.
  let run: number[] = [];
  let start = 0;
  const begin = (c: number, v: number): void => {
    if (run.length === 0) [start, run] = [c, [level(v)]];
  };
  const flush = (): void => {
    if (run.length) drawRun(canvas, run, Math.min(start, x.columns - 1), s.style);
    run = [];
  };
  for (let c = 0; c < x.columns; c++) {
    const [left, right] = [values[c], values[c + 1]];
    if (Number.isFinite(left) && Number.isFinite(right) && !broken[c]) {
      begin(c, left);
      run.push(level(right));
      continue;
    }
    // A gap in this column: the line runs into it up to the gap, and out of it after.
    if (Number.isFinite(left)) {
      begin(c, left);
      if (Number.isFinite(exit[c])) run.push(level(exit[c]));
    }
    flush();
    if (Number.isFinite(right) && Number.isFinite(entry[c])) {
      begin(c, entry[c]);
      run.push(level(right));
    }
  }
  if (run.length === 0 && Number.isFinite(values[x.columns])) begin(x.columns, values[x.columns]);
  flush();
}
