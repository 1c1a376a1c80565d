/**
 * A complete chart as text: the plot area (drawn by plot.ts) framed by the decoration layer here,
 * a y axis with labels at round values, an x axis with ticks, a title, axis labels and a legend.
 * Everything is laid out to fit width x height exactly; nothing here evaluates functions.
 */
import { canvasLines, TextCanvas } from './canvas.js';
import { formatValue } from './numbers.js';
import { legendEntry, legendLines, type LegendLine } from './legend.js';
import { drawPlot, GUIDE, guideRows, zeroColumn, type Guides } from './plot.js';
import { xScale, yScale, type XScale, type YScale } from './scales.js';
import { ANSI_RESET, ansiInk, INK, seriesInk, seriesStyle } from './styles.js';
import { centred, fitText, textWidth } from './text.js';
import { distinctLabels } from '../../core/distinct-labels.js';
import { asciiOnly } from './ascii-canvas.js';
import { legendStyle, plotDrawer, type CanvasKind } from './canvases.js';

/** One line of the chart: (x, y) points in any order; values that are not finite leave gaps. */
export interface ChartSeries {
  readonly label: string;
  /** The colour group: a derivative takes its function's (default: a colour of its own). */
  readonly colorGroup?: number;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

export interface ChartOptions {
  /** Columns of the whole chart, labels and legend included; no line is wider. */
  readonly width: number;
  /** Lines of the whole chart. */
  readonly height: number;
  /** ANSI colours (default false: plain text, no escape codes). */
  readonly color?: boolean;
  readonly title?: string;
  readonly xlabel?: string;
  readonly ylabel?: string;
  /** Horizontal guide lines, labelled on the y axis. */
  readonly hlines?: readonly number[];
  /** Legend entries of the first hlines, in order (the others have none). */
  readonly hlineLabels?: readonly string[];
  /** Values the y range must include besides the data's (small multiples share one range). */
  readonly yInclude?: readonly number[];
  /** The x range (default: the data's). */
  readonly xRange?: readonly [number, number];
  /** Default true. */
  readonly legend?: boolean;
  /** Dotted lines at x = 0 and y = 0 where they are inside the ranges (default true). */
  readonly zeroLines?: boolean;
  /** How curves are drawn (default box): see canvases.ts. */
  readonly canvas?: CanvasKind;
}

export const MIN_WIDTH = 20;
export const MIN_HEIGHT = 5;
/** The plot area keeps at least this many rows; the title, labels and legend give way first. */
const MIN_PLOT_ROWS = 3;

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly title?: { readonly row: number; readonly text: string };
  readonly ylabel?: { readonly row: number; readonly text: string };
  readonly xlabel?: { readonly row: number; readonly text: string };
  /** First row of the plot area. */
  readonly top: number;
  /** Column of the y axis; the plot area starts one column to its right. */
  readonly axis: number;
  readonly x: XScale;
  readonly y: YScale;
  readonly legend: { readonly row: number; readonly lines: readonly LegendLine[] };
  readonly guides: Guides;
}

function extentOf(series: readonly ChartSeries[], x0: number, x1: number, extra: readonly number[]): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const v = s.y[i];
      if (s.x[i] >= x0 && s.x[i] <= x1 && Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  for (const v of extra) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : undefined;
}

function xRangeOf(series: readonly ChartSeries[], given: ChartOptions['xRange']): [number, number] {
  if (given) return [given[0], given[1]];
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) for (let i = 0; i < s.x.length; i++) if (Number.isFinite(s.x[i])) [lo, hi] = [Math.min(lo, s.x[i]), Math.max(hi, s.x[i])];
  if (!(lo <= hi)) return [0, 1];
  return lo === hi ? [lo - (Math.abs(lo) || 1), hi + (Math.abs(hi) || 1)] : [lo, hi];
}

function hasFiniteValue(s: ChartSeries, x0: number, x1: number): boolean {
  for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) if (s.x[i] >= x0 && s.x[i] <= x1 && Number.isFinite(s.y[i])) return true;
  return false;
}

/** Where everything goes. The plot area takes the rows and columns the decorations leave. */
export function chartLayout(series: readonly ChartSeries[], options: ChartOptions): ChartLayout {
  const { width, height } = options;
  if (!(Number.isInteger(width) && width >= MIN_WIDTH && Number.isInteger(height) && height >= MIN_HEIGHT)) {
    throw new RangeError(`a chart needs whole sizes of at least ${MIN_WIDTH}x${MIN_HEIGHT}, got ${width}x${height}`);
  }
  const [x0, x1] = xRangeOf(series, options.xRange);
  const hlines = options.hlines ?? [];
  const guides: Guides = { zeroLines: options.zeroLines ?? true, hlines };

  const labels = distinctLabels(series.map((s) => s.label));
  const entries = series.map((s, i) =>
    legendEntry(hasFiniteValue(s, x0, x1) ? labels[i] : `${labels[i]} (no finite values)`, legendStyle(options.canvas, seriesStyle(i)), seriesInk(s.colorGroup ?? i)),
  );
  for (const label of (options.hlineLabels ?? []).slice(0, hlines.length)) entries.push({ sample: GUIDE.hline.repeat(2), label, ink: INK.guide });
  const legend = options.legend === false ? [] : legendLines(entries, width);

  // Rows: the plot and the x axis (axis line, tick labels) always; the rest while the plot keeps MIN_PLOT_ROWS.
  let rows = height - 2;
  const keep = (wanted: boolean, n: number): boolean => {
    if (!wanted || n === 0 || rows - n < MIN_PLOT_ROWS) return false;
    rows -= n;
    return true;
  };
  const hasLegend = keep(legend.length > 0, legend.length);
  const hasTitle = keep(Boolean(options.title), 1);
  const hasXlabel = keep(Boolean(options.xlabel), 1);
  const hasYlabel = keep(Boolean(options.ylabel), 1);
  const top = (hasTitle ? 1 : 0) + (hasYlabel ? 1 : 0);

  const y = yScale(extentOf(series, x0, x1, [...hlines, ...(options.yInclude ?? [])]), rows, hlines);
  const gutter = Math.max(1, ...y.ticks.map((t) => textWidth(t.text)));
  const axis = gutter + 1;
  const plotLeft = axis + 1;
  const limit = width - plotLeft;
  // Room for the last x label, centred under the last column.
  const lastLabel = textWidth(formatValue(x1, (x1 / 2 - x0 / 2) / 500));
  const rightMargin = lastLabel - 1 - Math.floor(lastLabel / 2);
  const x = xScale(x0, x1, Math.max(2, limit - rightMargin), plotLeft, limit);

  const below = top + rows + 2;
  return {
    width,
    height,
    title: hasTitle ? { row: 0, text: fitText(options.title!, width) } : undefined,
    ylabel: hasYlabel ? { row: hasTitle ? 1 : 0, text: fitText(options.ylabel!, width) } : undefined,
    xlabel: hasXlabel ? { row: below, text: fitText(options.xlabel!, width) } : undefined,
    top,
    axis,
    x,
    y,
    legend: { row: below + (hasXlabel ? 1 : 0), lines: hasLegend ? legend : [] },
    guides,
  };
}

/** The y axis: labels right-aligned against the axis line, ticks where labelled, marks where guides cross. */
function drawYAxis(frame: TextCanvas, layout: ChartLayout): void {
  const { y, axis, top } = layout;
  const guided = new Set(guideRows(y, layout.guides));
  const labelled = new Map(y.ticks.map((t) => [t.at, t.text]));
  for (let row = 0; row < y.rows; row++) {
    const text = labelled.get(row);
    const char = text !== undefined ? (guided.has(row) ? '┼' : '┤') : guided.has(row) ? '├' : '│';
    frame.set(axis, top + row, char);
    if (text !== undefined) frame.write(axis - 1 - textWidth(text), top + row, text);
  }
}

/** The x axis under the plot: a line with ticks, and each tick's label centred under it. */
function drawXAxis(frame: TextCanvas, layout: ChartLayout): void {
  const { x, axis, top, y } = layout;
  const row = top + y.rows;
  const plotLeft = axis + 1;
  frame.set(axis, row, '└');
  for (let c = 0; c < x.columns; c++) frame.set(plotLeft + c, row, '─');
  const zero = zeroColumn(x, layout.guides);
  if (zero >= 0) frame.set(plotLeft + zero, row, '┬');
  for (const t of x.ticks) {
    frame.set(plotLeft + t.at, row, '┬');
    frame.write(plotLeft + t.start, row + 1, t.text);
  }
}

function drawLegend(frame: TextCanvas, layout: ChartLayout): void {
  const plotLeft = layout.axis + 1;
  layout.legend.lines.forEach((line, i) => {
    const start = centred(line.width, plotLeft, layout.x.columns, layout.width);
    for (const e of line.entries) {
      frame.write(start + e.at, layout.legend.row + i, e.sample, e.ink);
      frame.write(start + e.at + textWidth(e.sample) + 1, layout.legend.row + i, e.label);
    }
  });
}

/** The chart as a canvas: the plot area drawn, then framed. */
export function chartCanvas(series: readonly ChartSeries[], options: ChartOptions): TextCanvas {
  const layout = chartLayout(series, options);
  const frame = new TextCanvas(layout.width, layout.height);
  const plotLeft = layout.axis + 1;
  const data = series.map((s, i) => ({ x: s.x, y: s.y, style: seriesStyle(i), ink: seriesInk(s.colorGroup ?? i) }));
  frame.blit(plotDrawer(options.canvas)(data, layout.x, layout.y, layout.guides), plotLeft, layout.top);
  drawYAxis(frame, layout);
  drawXAxis(frame, layout);
  if (layout.title) frame.write(centred(textWidth(layout.title.text), plotLeft, layout.x.columns, layout.width), layout.title.row, layout.title.text, INK.title);
  if (layout.ylabel) frame.write(0, layout.ylabel.row, layout.ylabel.text);
  if (layout.xlabel) frame.write(centred(textWidth(layout.xlabel.text), plotLeft, layout.x.columns, layout.width), layout.xlabel.row, layout.xlabel.text);
  drawLegend(frame, layout);
  return frame;
}

/**
 * The chart as text: `height` lines (trailing blanks trimmed) of at most `width` columns, ending
 * with a newline. With `color`, ANSI escape codes colour the series, dim the guides and embolden
 * the title; without, there are none.
 */
export function renderChart(series: readonly ChartSeries[], options: ChartOptions): string {
  const canvas = chartCanvas(series, options);
  if (options.canvas === 'ascii') asciiOnly(canvas);
  const lines = canvasLines(canvas, options.color ? ansiInk : undefined, ANSI_RESET);
  return `${lines.join('\n')}\n`;
}
