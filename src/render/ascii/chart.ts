/**
 * A complete chart as text: the plot area (drawn by plot.ts) framed by the decoration layer here,
 * a y axis with labels at round values, an x axis with ticks, a title, axis labels and a legend.
 * Everything is laid out to fit width x height exactly; nothing here evaluates functions.
 */
import { canvasLines, TextCanvas } from './canvas.js';
import { formatValue } from './numbers.js';
import { legendEntry, legendLines, type LegendLine } from './legend.js';
import { clipY, toAxisSpace, toLog, type Points } from './axis-space.js';
import { GUIDE, guideColumns, guideRows, type Guides, type SeriesMark } from './plot.js';
import { LONG_LABEL } from '../ticks.js';
import { notedLabel, seriesNotes } from '../notes.js';
import { xScale, yScale, type XScale, type YScale } from './scales.js';
import { ANSI_RESET, ansiInk, INK, pointSymbol, seriesInk, seriesStyles } from './styles.js';
import { centred, fitText, textWidth } from './text.js';
import { distinctLabels } from '../../core/distinct-labels.js';
import { asciiOnly } from './ascii-canvas.js';
import { legendStyle, plotDrawer, type CanvasKind } from './canvases.js';

/** One line of the chart: (x, y) points in any order; values that are not finite leave gaps. */
export interface ChartSeries {
  readonly label: string;
  /** The colour group: a derivative takes its function's (default: a colour of its own). */
  readonly colorGroup?: number;
  /** A derivative: drawn in a dashed style of its own (styles.ts), in its colour group's colour. */
  readonly derivative?: boolean;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** A line (the default), points alone (measured data), or both (a function at given x values). */
  readonly mark?: SeriesMark;
  /** Data denser than the columns: each column also shows the span of its values, so spikes survive. */
  readonly spans?: boolean;
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
  /** Vertical guide lines, labelled on the x axis. */
  readonly vlines?: readonly number[];
  /** Values the y range must include besides the data's (small multiples share one range). */
  readonly yInclude?: readonly number[];
  /** The x range (default: the data's). */
  readonly xRange?: readonly [number, number];
  /** The y range, either side open (default: the data's); what falls outside is clipped at the frame. */
  readonly yRange?: readonly [number | undefined, number | undefined];
  /** Log scales (base 10): values that are not positive leave gaps, and the legend says so. */
  readonly logx?: boolean;
  readonly logy?: boolean;
  /** Default true. */
  readonly legend?: boolean;
  /** Dotted lines at x = 0 and y = 0 where they are inside the ranges, on linear axes (default true). */
  readonly zeroLines?: boolean;
  /** The least step between x ticks: 1 labels whole numbers only (act gradient's layers). */
  readonly xMinStep?: number;
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
  /** The x axis' offset or multiplier, right-aligned on this row. */
  readonly xnote?: { readonly row: number; readonly text: string };
  /** First row of the plot area. */
  readonly top: number;
  /** Column of the y axis; the plot area starts one column to its right. */
  readonly axis: number;
  readonly x: XScale;
  readonly y: YScale;
  readonly legend: { readonly row: number; readonly lines: readonly LegendLine[] };
  readonly guides: Guides;
}

function extentOf(series: readonly Points[], x0: number, x1: number, extra: readonly number[]): [number, number] | undefined {
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
    if (!Number.isFinite(v)) continue; // 0 on a log axis: -∞
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : undefined;
}

function xRangeOf(series: readonly Points[], given: readonly [number, number] | undefined): [number, number] {
  if (given) return [given[0], given[1]];
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) for (let i = 0; i < s.x.length; i++) if (Number.isFinite(s.x[i])) [lo, hi] = [Math.min(lo, s.x[i]), Math.max(hi, s.x[i])];
  if (!(lo <= hi)) return [0, 1];
  return lo === hi ? [lo - (Math.abs(lo) || 1), hi + (Math.abs(hi) || 1)] : [lo, hi];
}

const logOrSelf = (log: boolean | undefined) => (v: number) => (log ? toLog(v) : v);

/** The series in axis space (log10 on a log axis), clipped at the y range given. */
export function chartPoints(series: readonly ChartSeries[], options: ChartOptions): Points[] {
  const ty = logOrSelf(options.logy);
  const [lo, hi] = options.yRange ?? [undefined, undefined];
  const bound = (v: number | undefined, open: number) => (v === undefined || !Number.isFinite(ty(v)) ? open : ty(v));
  return series.map((s) => clipY(toAxisSpace(s, options.logx ?? false, options.logy ?? false), bound(lo, -Infinity), bound(hi, Infinity)));
}

/** Where everything goes. The plot area takes the rows and columns the decorations leave. */
export function chartLayout(series: readonly ChartSeries[], options: ChartOptions, points: readonly Points[] = chartPoints(series, options)): ChartLayout {
  const { width, height } = options;
  if (!(Number.isInteger(width) && width >= MIN_WIDTH && Number.isInteger(height) && height >= MIN_HEIGHT)) {
    throw new RangeError(`a chart needs whole sizes of at least ${MIN_WIDTH}x${MIN_HEIGHT}, got ${width}x${height}`);
  }
  const tx = logOrSelf(options.logx);
  const ty = logOrSelf(options.logy);
  // an x range a log axis cannot show (not positive) gives way to the data's
  const given = options.xRange && Number.isFinite(tx(options.xRange[0])) && Number.isFinite(tx(options.xRange[1])) ? options.xRange : undefined;
  const [x0, x1] = given ? [tx(given[0]), tx(given[1])] : xRangeOf(points, undefined);
  const valueRange: [number, number] = given ? [given[0], given[1]] : options.logx ? [10 ** x0, 10 ** x1] : [x0, x1];
  const inY = (v: number) => Number.isFinite(v) && (options.yRange?.[0] === undefined || v >= options.yRange[0]) && (options.yRange?.[1] === undefined || v <= options.yRange[1]);
  const hlines = (options.hlines ?? []).filter((v) => Number.isFinite(ty(v)) && inY(v));
  const vlines = (options.vlines ?? []).filter((v) => Number.isFinite(tx(v)));
  const zero = options.zeroLines ?? true;
  const guides: Guides = { zeroX: zero && !options.logx, zeroY: zero && !options.logy, hlines: hlines.map(ty), vlines: vlines.map(tx) };

  const noteOptions = { xRange: valueRange, yRange: options.yRange, logx: options.logx, logy: options.logy };
  // points alone show their symbol in the legend; a function drawn at given x values, its line and symbol
  const styles = seriesStyles(series).map((style) => legendStyle(options.canvas, style));
  const sample = (s: ChartSeries, i: number): string | undefined => (s.mark === 'points' ? pointSymbol(i) : s.mark === 'both' ? `${styles[i].sample[0]}${pointSymbol(i)}` : undefined);
  const labels = distinctLabels(series.map((s) => s.label));
  const entries = series.map((s, i) => legendEntry(notedLabel(labels[i], seriesNotes(s, noteOptions)), styles[i], seriesInk(s.colorGroup ?? i), sample(s, i)));
  for (const label of (options.hlineLabels ?? []).slice(0, hlines.length)) entries.push({ sample: GUIDE.hline.repeat(2), label, ink: INK.guide });
  const legend = options.legend === false ? [] : legendLines(entries, width);
  // a bound a log axis cannot show (not positive) is left open
  const onAxis = (v: number | undefined) => (v === undefined || !Number.isFinite(ty(v)) ? undefined : ty(v));
  const fixed = options.yRange && ([onAxis(options.yRange[0]), onAxis(options.yRange[1])] as const);
  const extent = extentOf(points, x0, x1, [...guides.hlines, ...(options.yInclude ?? []).map(ty)]);
  const yMarks = hlines.map((v) => ({ value: ty(v), text: formatValue(v) }));
  const xMarks = vlines.map((v) => ({ value: tx(v), text: formatValue(v) }));

  // Two passes: an axis' offset or multiplier takes a row, which the first pass finds out.
  let layout: ChartLayout | undefined;
  let notes = { x: false, y: false };
  for (let pass = 0; pass < 2; pass++) {
    // Rows: the plot and the x axis (axis line, tick labels) always; the rest while the plot keeps MIN_PLOT_ROWS.
    let rows = height - 2;
    const keep = (wanted: boolean, n: number): boolean => {
      if (!wanted || n === 0 || rows - n < MIN_PLOT_ROWS) return false;
      rows -= n;
      return true;
    };
    const hasLegend = keep(legend.length > 0, legend.length);
    const hasTitle = keep(Boolean(options.title), 1);
    const hasXlabel = keep(Boolean(options.xlabel) || notes.x, 1);
    const hasYlabel = keep(Boolean(options.ylabel) || notes.y, 1);
    const top = (hasTitle ? 1 : 0) + (hasYlabel ? 1 : 0);

    const y = yScale(extent, rows, { log: options.logy, marks: yMarks, fixed });
    const gutter = Math.max(1, ...y.ticks.map((t) => textWidth(t.text)));
    const axis = gutter + 1;
    const plotLeft = axis + 1;
    const limit = width - plotLeft;
    // Room for a last x label, centred under the last column.
    const lastLabel = Math.min(LONG_LABEL, textWidth(formatValue(valueRange[1], (valueRange[1] / 2 - valueRange[0] / 2) / 500)));
    const rightMargin = lastLabel - 1 - Math.floor(lastLabel / 2);
    const x = xScale(x0, x1, Math.max(2, limit - rightMargin), plotLeft, limit, { log: options.logx, marks: xMarks, minStep: options.xMinStep });

    const below = top + rows + 2;
    const ylabel = [options.ylabel, y.note].filter(Boolean).join('  ');
    layout = {
      width,
      height,
      title: hasTitle ? { row: 0, text: fitText(options.title!, width) } : undefined,
      ylabel: hasYlabel && ylabel ? { row: hasTitle ? 1 : 0, text: fitText(ylabel, width) } : undefined,
      xlabel: hasXlabel && options.xlabel ? { row: below, text: fitText(options.xlabel, width) } : undefined,
      xnote: hasXlabel && x.note ? { row: below, text: x.note } : undefined,
      top,
      axis,
      x,
      y,
      legend: { row: below + (hasXlabel ? 1 : 0), lines: hasLegend ? legend : [] },
      guides,
    };
    const wanted = { x: Boolean(x.note), y: Boolean(y.note) };
    if (wanted.x === notes.x && wanted.y === notes.y) break;
    notes = wanted;
  }
  return layout!;
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
  for (const c of guideColumns(x, layout.guides)) frame.set(plotLeft + c, row, '┬');
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
  const points = chartPoints(series, options);
  const layout = chartLayout(series, options, points);
  const frame = new TextCanvas(layout.width, layout.height);
  const plotLeft = layout.axis + 1;
  const styles = seriesStyles(series);
  const data = points.map((s, i) => ({ x: s.x, y: s.y, style: styles[i], ink: seriesInk(series[i].colorGroup ?? i), mark: series[i].mark, point: pointSymbol(i), spans: series[i].spans }));
  frame.blit(plotDrawer(options.canvas)(data, layout.x, layout.y, layout.guides), plotLeft, layout.top);
  drawYAxis(frame, layout);
  drawXAxis(frame, layout);
  if (layout.title) frame.write(centred(textWidth(layout.title.text), plotLeft, layout.x.columns, layout.width), layout.title.row, layout.title.text, INK.title);
  if (layout.ylabel) frame.write(0, layout.ylabel.row, layout.ylabel.text);
  if (layout.xlabel) frame.write(centred(textWidth(layout.xlabel.text), plotLeft, layout.x.columns, layout.width), layout.xlabel.row, layout.xlabel.text);
  if (layout.xnote) frame.write(layout.width - textWidth(layout.xnote.text), layout.xnote.row, layout.xnote.text);
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
