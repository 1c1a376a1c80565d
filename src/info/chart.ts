/**
 * The small chart in `act info`: f and f' from their sampled series, drawn with asciichart.
 * Kept apart from the rest of `act info` so that it can move to the shared terminal renderer.
 * Without colour the two curves differ in line style (solid f, dashed f'), so the chart reads
 * the same in a pipe or a file.
 */
import * as asciichart from 'asciichart';
import type { Series } from '../core/series.js';
import { numberText } from './range-text.js';

export interface ChartOptions {
  /** Rows of the plot area (asciichart may use one more, for rounding). */
  readonly height: number;
  /** ANSI colours, one per series. */
  readonly color: boolean;
}

type Symbols = [string, string, string, string, string, string, string, string, string, string];
// asciichart's symbols: [zero/first value, axis, -, -, horizontal, ╰, ╭, ╮, ╯, vertical]. The first
// is the axis too (asciichart 1.5.25 marks y = 0 on the wrong row).
const SOLID: Symbols = ['┤', '┤', '╶', '╴', '─', '╰', '╭', '╮', '╯', '│'];
const DASHED: Symbols = ['┤', '┤', '╶', '╴', '┄', '╰', '╭', '╮', '╯', '┆'];
const STYLES = [SOLID, DASHED];
const COLORS = [asciichart.blue, asciichart.yellow];

/** The values with non-finite ones replaced by their neighbours, which asciichart cannot draw. */
function drawable(y: Float64Array): number[] {
  const out = Array.from(y);
  const first = out.find(Number.isFinite) ?? 0;
  for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i])) out[i] = i > 0 ? out[i - 1] : first;
  return out;
}

/** Axis labels of one width, so that every row of every layer lines up. */
function labelFormat(lo: number, hi: number): { width: number; format: (v: number) => string } {
  const span = hi - lo;
  const digits = span === 0 ? 2 : Math.max(0, Math.min(6, 2 - Math.floor(Math.log10(span))));
  const text = (v: number): string => (Math.abs(v) < span * 1e-9 ? 0 : v).toFixed(digits);
  const width = Math.max(text(lo).length, text(hi).length) + 1;
  return { width, format: (v) => text(v).padStart(width) };
}

/** The x values under the first, last and (if there is room) the zero column. */
function xAxis(x: Float64Array, indent: number): string {
  const n = x.length;
  const cells = Array<string>(indent + n).fill(' ');
  const put = (col: number, text: string): void => {
    for (let i = 0; i < text.length; i++) cells[col + i] = text[i];
  };
  const first = numberText(x[0]);
  const last = numberText(x[n - 1]);
  put(indent, first);
  put(indent + n - last.length, last);
  const zero = x.findIndex((v) => v >= 0);
  if (x[0] < 0 && zero > 0 && x[zero] === 0 && zero > first.length + 1 && zero < n - last.length - 2) put(indent + zero, '0');
  return cells.join('').trimEnd();
}

/**
 * The chart as text lines: the plot (every series on one y scale, the first on top), the x axis
 * and a legend naming each series by its label.
 */
export function infoChart(series: readonly Series[], options: ChartOptions): string[] {
  const ys = series.map((s) => drawable(s.y));
  const all = ys.flat();
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const { width, format } = labelFormat(lo, hi);
  const layers = ys.map((y, i) =>
    asciichart
      .plot(y, { min: lo, max: hi, height: options.height, offset: 2, format, symbols: STYLES[i % STYLES.length] })
      .split('\n')
      .map((row) => Array.from(row)),
  );
  const paint = (text: string, layer: number): string => (options.color ? `${COLORS[layer % COLORS.length]}${text}${asciichart.reset}` : text);
  // Each cell from the first layer that draws there (-1: labels, axis, blank); runs of one layer
  // are painted together.
  const rows = layers[0].map((cells, r) => {
    let row = '';
    let run = '';
    let runLayer = -1;
    const flush = (): void => {
      row += runLayer < 0 ? run : paint(run, runLayer);
      run = '';
    };
    cells.forEach((cell, c) => {
      const layer = c <= width ? -1 : layers.findIndex((l) => l[r][c] !== ' ');
      if (layer !== runLayer) flush();
      runLayer = layer;
      run += layer < 0 ? cell : layers[layer][r][c];
    });
    flush();
    return row.trimEnd();
  });
  const legend = series.map((s, i) => `${paint(STYLES[i % STYLES.length][4].repeat(3), i)} ${s.label}`).join('   ');
  return [...rows, xAxis(series[0].x, width), `${' '.repeat(width)}${legend}`];
}
